package vn.anm.assistant.knowledge;

/** A change to the knowledge base that was not made, with a Vietnamese message saying why and what to do. */
public class EditRefused extends RuntimeException {

    public enum Reason {
        /** Someone else saved the item since it was opened (optimistic locking). */
        CONFLICT,
        /** The draft changed since it was checked; check it again before publishing. */
        STALE_DRAFT,
        NOTHING_TO_PUBLISH,
        /** The knowledge base is read from files (development): edit the files. */
        READ_ONLY,
        NOT_FOUND
    }

    private final Reason reason;

    public EditRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
