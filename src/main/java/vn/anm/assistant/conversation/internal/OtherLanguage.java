package vn.anm.assistant.conversation.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A message written in another language: letters but none of them Latin (Chinese, Thai, Russian…), or
 * Latin without a single Vietnamese diacritic and with at least two words that are plainly English
 * ("how do I report a scam"). Vietnamese typed without diacritics or in teencode ("ck cho scam r ad oi lm j")
 * is not: the English markers are words that are neither Vietnamese syllables nor teencode.
 */
final class OtherLanguage {

    private static final Set<String> ENGLISH = Set.of("how", "what", "why", "where", "who", "which", "when", "are", "was",
            "were", "have", "has", "been", "your", "this", "that", "with", "from", "please", "help", "someone", "somebody",
            "scammed", "money", "account", "password", "called", "asked", "want", "need", "should", "would", "could", "report",
            "you", "does", "did", "got", "lost", "sent", "phone", "message", "and", "for", "about", "dont", "cant", "english",
            "speak", "hacked", "stolen", "police", "there", "their", "they", "here", "just", "know", "think", "my");

    private OtherLanguage() {
    }

    static boolean detect(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        if (nfd.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        if (nfd.codePoints().filter(Character::isLetter).noneMatch(OtherLanguage::latin)) {
            return true; // 你好, สวัสดี, привет
        }
        if (nfd.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK) || nfd.indexOf('đ') >= 0
                || nfd.indexOf('Đ') >= 0) {
            return false; // Vietnamese diacritics
        }
        String[] words = nfd.toLowerCase(Locale.ROOT).replace("'", "").split("[^\\p{L}]+");
        long english = Arrays.stream(words).filter(ENGLISH::contains).count();
        return english >= 2;
    }

    private static boolean latin(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
