package vn.anm.assistant.scamcheck;

/** A list change that cannot be made, with a message the moderator reads. */
public final class ListRefused extends RuntimeException {

    public ListRefused(String message) {
        super(message, null, false, false);
    }
}
