package vn.anm.assistant.channel.delivery;

/**
 * A platform refused or failed to take a message. {@code reason} is a short stable label for logs and
 * metrics (for example {@code rate-limited}, {@code outside-window}); {@code code} is the platform's own
 * error code or HTTP status ({@code none} when there is none); neither ever holds message text.
 */
public class SendFailure extends RuntimeException {

    /** What the failure says about the part: worth another try, never worth one, or unknown fate. */
    public enum Kind {
        /** The platform did not take it (5xx, 429, rate limit, connection refused): try again later. */
        TRANSIENT,
        /** Retrying will not help: the user is out of reach, blocked the page, the request is wrong. */
        PERMANENT,
        /** The request may have reached the platform (no answer in time, connection lost mid-way). */
        UNCERTAIN
    }

    private final String reason;
    private final String code;
    private final Kind kind;
    private final boolean platformWide;

    private SendFailure(Kind kind, String reason, String code, boolean platformWide, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.kind = kind;
        this.reason = reason;
        this.code = code;
        this.platformWide = platformWide;
    }

    /** The platform itself is failing or throttling: every part waits (5xx, 429, rate limits, connection). */
    public static SendFailure unavailable(String reason, String code, String detail) {
        return new SendFailure(Kind.TRANSIENT, reason, code, true, detail);
    }

    /** Worth another try later, but only this part is concerned (e.g. the Page token being renewed). */
    public static SendFailure transientFailure(String reason, String code, String detail) {
        return new SendFailure(Kind.TRANSIENT, reason, code, false, detail);
    }

    public static SendFailure permanent(String reason, String code, String detail) {
        return new SendFailure(Kind.PERMANENT, reason, code, false, detail);
    }

    /** No answer after the request was sent: the platform may or may not have delivered it. */
    public static SendFailure uncertain(String reason, String detail) {
        return new SendFailure(Kind.UNCERTAIN, reason, "none", true, detail);
    }

    public String reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    /** Whether the platform as a whole looks unwell, so other parts should wait too. */
    public boolean platformWide() {
        return platformWide;
    }
}
