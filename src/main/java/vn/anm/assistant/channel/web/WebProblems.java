package vn.anm.assistant.channel.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad chat input becomes a 400 problem+json that says what is wrong, never a 500. */
@RestControllerAdvice(basePackageClasses = WebProblems.class)
class WebProblems {

    @ExceptionHandler
    ProblemDetail on(InvalidMessage e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid message");
        problem.setType(URI.create("/problems/invalid-message"));
        return problem;
    }
}
