package vn.anm.assistant.channel.delivery;

import java.text.Normalizer;

/** Shortens button titles and payloads to a platform's limit in characters, marking a cut with "…". */
public final class Titles {

    private Titles() {
    }

    public static String shorten(String text, int max) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (normalized.codePointCount(0, normalized.length()) <= max) {
            return normalized;
        }
        String head = normalized.substring(0, normalized.offsetByCodePoints(0, max - 1)).strip();
        return head + "…";
    }
}
