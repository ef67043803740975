package vn.anm.assistant.channel.webhook;

import org.springframework.http.HttpStatus;

/** A webhook request refused before anything was processed; becomes a problem+json answer. */
public class WebhookRejected extends RuntimeException {

    private final HttpStatus status;
    private final String problem;

    public WebhookRejected(HttpStatus status, String problem, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.problem = problem;
    }

    public static WebhookRejected badSignature() {
        return new WebhookRejected(HttpStatus.UNAUTHORIZED, "invalid-signature", "The request signature is missing or does not match.");
    }

    public static WebhookRejected malformed() {
        return new WebhookRejected(HttpStatus.BAD_REQUEST, "malformed-event", "The request body is not a JSON event.");
    }

    public static WebhookRejected channelOff() {
        return new WebhookRejected(HttpStatus.NOT_FOUND, "channel-off", "This channel is not configured.");
    }

    public HttpStatus status() {
        return status;
    }

    public String problem() {
        return problem;
    }
}
