package vn.anm.assistant.report;

/** A status change the desk does not make: backwards, to the same status, or on a report that is not there. */
public class CaseStatusRefused extends RuntimeException {

    public CaseStatusRefused(String message) {
        super(message);
    }
}
