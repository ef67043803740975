package vn.anm.assistant.conversation.internal;

/** The button payloads the conversation understands; every channel sends them back unchanged. */
final class Payloads {

    static final String MENU = "menu";
    static final String CONTACTS = "contacts";
    static final String CANCEL = "cancel";
    /** The incident-report entry point: one payload, handled by {@link ReportFlow}. */
    static final String REPORT_START = "report:start";
    static final String GROUP = "group:";
    static final String TOPIC = "topic:";
    static final String HELPFUL = "feedback:up:";
    static final String NOT_HELPFUL = "feedback:down:";

    private Payloads() {
    }

    static String group(String key, int page) {
        return page <= 1 ? GROUP + key : GROUP + key + ":" + page;
    }

    static String topic(String id) {
        return TOPIC + id;
    }
}
