package vn.anm.assistant.knowledge;

/** How pressing an entry is: urgent ones tell the reader what to do in the next minutes. */
public enum Severity {
    INFO, WARNING, URGENT
}
