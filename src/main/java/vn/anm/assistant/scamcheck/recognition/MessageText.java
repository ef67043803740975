package vn.anm.assistant.scamcheck.recognition;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The message as the recogniser reads it (never as the citizen sees it): NFC, invisible characters removed,
 * look-alike dots made dots ("．", "。"), defanged dots undone ("[.]", "(.)", "[dot]", " chấm " before a domain ending),
 * "hxxp" read as "http", and dots written with spaces around them closed up ("vietcombank . com . vn").
 */
final class MessageText {

    /** Zero-width and formatting characters a domain can hide behind. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]");
    private static final Pattern ODD_DOTS = Pattern.compile("[\\uFF0E\\u3002\\uFF61\\u2024\\uFE52]");
    private static final Pattern DEFANGED = Pattern.compile("(?i)\\s?(?:\\[\\.]|\\(\\.\\)|\\{\\.}|\\[dot]|\\(dot\\)|\\[chấm]|\\(chấm\\))\\s?");
    /** " chấm " (or " cham ", " dot ") only between two domain-like words, e.g. "vietcombank chấm com chấm vn". */
    private static final Pattern SPOKEN_DOT = Pattern.compile("(?i)(?<=[a-z0-9])\\s+(?:chấm|cham|dot)\\s+(?=[a-z0-9][a-z0-9-]*(?:\\s|$|[/.,!?]|\\s+(?:chấm|cham|dot)\\s))");
    /** A dot with spaces around it between ASCII letters or digits: "abc . com", "abc. com", "abc .com". */
    private static final Pattern SPACED_DOT = Pattern.compile("(?<=[A-Za-z0-9])(?:\\s+\\.\\s*|\\.\\s+)(?=(?:com|net|org|vn|gov|edu|top|xyz|info|online|site|shop|club|vip|icu|cc|me|io|app|link|live|asia|biz)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HXXP = Pattern.compile("(?i)\\bhxxp(s?)(?=\\[?:\\]?//)");
    private static final Pattern DEFANGED_COLON = Pattern.compile("\\[:]//");

    private MessageText() {
    }

    static String prepare(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        t = INVISIBLE.matcher(t).replaceAll("");
        t = ODD_DOTS.matcher(t).replaceAll(".");
        t = DEFANGED.matcher(t).replaceAll(".");
        t = HXXP.matcher(t).replaceAll("http$1");
        t = DEFANGED_COLON.matcher(t).replaceAll("://");
        t = SPOKEN_DOT.matcher(t).replaceAll(".");
        return SPACED_DOT.matcher(t).replaceAll(".");
    }

    /** Cheap test first: most messages have no dot, no long number and none of the spoken forms. */
    static boolean mayHoldItems(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\uFF0E' || c == '\u3002' || c == '\uFF61') {
                return true;
            }
            if (c >= '0' && c <= '9') {
                if (++digits >= 5) {
                    return true;
                }
            } else if (c != ' ' && c != '-' && c != '+') {
                digits = 0;
            }
        }
        if (text.contains("://")) {
            return true;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("chấm") || lower.contains(" cham ") || lower.contains(" dot ");
    }
}
