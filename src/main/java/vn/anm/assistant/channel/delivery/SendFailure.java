package vn.anm.assistant.channel.delivery;

/**
 * A platform refused or failed to take a message. {@code reason} is a short stable label for logs and
 * metrics (for example {@code rate-limited}, {@code outside-window}); it never holds message text.
 */
public class SendFailure extends RuntimeException {

    private final String reason;
    private final boolean transientFailure;

    private SendFailure(String reason, boolean transientFailure, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
        this.transientFailure = transientFailure;
    }

    /** Worth retrying after a while: 5xx, timeouts, rate limits. */
    public static SendFailure transientFailure(String reason, String detail) {
        return new SendFailure(reason, true, detail);
    }

    /** Retrying will not help: the user is out of reach, the request is wrong, the token is bad. */
    public static SendFailure permanent(String reason, String detail) {
        return new SendFailure(reason, false, detail);
    }

    public String reason() {
        return reason;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
