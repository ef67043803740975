package vn.anm.assistant.knowledge;

/**
 * A contact point of the authorities. {@code value} may be empty for a local number the deploying
 * agency has not configured: such a contact is never shown.
 */
public record Contact(String key, String name, String value, String text, Source source) {

    public boolean available() {
        return !value.isBlank();
    }

    /** The line shown to a citizen, e.g. "Gọi 113 (miễn phí, 24/24) …". */
    public String rendered() {
        return text.replace("{value}", value);
    }
}
