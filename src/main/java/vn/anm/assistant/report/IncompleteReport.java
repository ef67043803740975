package vn.anm.assistant.report;

/** A draft that cannot be submitted yet: no consent, or nothing said about what happened. */
public class IncompleteReport extends IllegalArgumentException {

    public IncompleteReport(String message) {
        super(message);
    }
}
