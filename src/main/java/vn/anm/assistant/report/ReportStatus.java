package vn.anm.assistant.report;

/** Where a committed report is: waiting for delivery, delivered to every destination, or closed by a moderator. */
public enum ReportStatus {
    RECEIVED, FORWARDED, CLOSED
}
