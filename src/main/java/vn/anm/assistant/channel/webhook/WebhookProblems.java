package vn.anm.assistant.channel.webhook;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.anm.assistant.channel.delivery.DeliveryOverloaded;

/** Refused webhook requests become problem+json answers with a stable type, never a 500. */
@RestControllerAdvice(basePackages = {"vn.anm.assistant.channel.facebook", "vn.anm.assistant.channel.zalo"})
class WebhookProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(WebhookRejected e) {
        return ResponseEntity.status(e.status()).body(problem(e.status(), e.problem(), e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(DeliveryOverloaded e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                "The messages could not be stored (" + e.getMessage() + "); please deliver again later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        return problem;
    }
}
