package vn.anm.assistant.channel.web;

import org.jspecify.annotations.Nullable;

/** What a chat message may be: non-blank text of at most 2,000 characters. */
final class MessageLimits {

    static final int MAX_CHARS = 2000;

    private MessageLimits() {
    }

    static String requireValid(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidMessage("The field 'text' is required and must not be empty.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CHARS) {
            throw new InvalidMessage("The field 'text' has " + length + " characters; at most " + MAX_CHARS + " are accepted.");
        }
        return text;
    }
}
