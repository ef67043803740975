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
        return invalidMessage(e);
    }

    /** The problem of a message the API cannot take (the functional ask route writes it too). */
    static ProblemDetail invalidMessage(InvalidMessage e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid message");
        problem.setType(URI.create("/problems/invalid-message"));
        return problem;
    }
}
