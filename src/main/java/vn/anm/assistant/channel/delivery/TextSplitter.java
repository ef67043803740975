package vn.anm.assistant.channel.delivery;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a reply into messages of at most {@code limit} characters (Unicode code points, after NFC),
 * preferring paragraph breaks, then line breaks, then sentence ends, then spaces; a word longer
 * than a whole message is cut where it must be.
 */
public final class TextSplitter {

    private static final String[] BREAKS = {"\n\n", "\n", ". ", " "};

    private TextSplitter() {
    }

    public static List<String> split(String text, int limit) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        List<String> parts = new ArrayList<>();
        String rest = normalized;
        while (length(rest) > limit) {
            int cut = cutPoint(rest, limit);
            String head = rest.substring(0, cut).strip();
            if (!head.isEmpty()) {
                parts.add(head);
            }
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** The char index to cut at: just after the last break that keeps the head within the limit. */
    private static int cutPoint(String text, int limit) {
        int maxChars = text.offsetByCodePoints(0, limit);
        for (String breakMark : BREAKS) {
            int at = text.lastIndexOf(breakMark, maxChars - breakMark.length());
            if (at > 0) {
                return at + breakMark.length();
            }
        }
        return maxChars;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
