package vn.anm.assistant.knowledge.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by the index and the query side, so both agree on one spelling:
 * NFC, lowercase, one tone-placement convention, and a folded form without diacritics.
 */
public final class VietnameseText {

    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern FINAL_Y = Pattern.compile(
            "^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$");

    private static final int FOLD_CACHE_SIZE = 200_000;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private VietnameseText() {
    }

    /** NFC, lowercase and the tone-placement convention: what the exact field indexes. */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfc.length());
        for (String token : splitKeepingSeparators(nfc)) {
            out.append(ToneMarks.normalizeSyllable(token));
        }
        return out.toString();
    }

    /**
     * Message cleaning before analysis: drops links, zero-width and control characters, emoji and
     * other symbols, and letters repeated for emphasis ("ơiiii" → "ơi").
     */
    public static String clean(String text) {
        String s = normalize(text);
        s = URL.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
        });
        return REPEATS.matcher(out).replaceAll("$1").replaceAll("\\s+", " ").trim();
    }

    /** Folded form of one syllable: no tones or vowel marks, đ → d, final y → i after a consonant. */
    public static String foldSyllable(String syllable) {
        String cached = FOLDED.get(syllable);
        if (cached != null) {
            return cached;
        }
        String folded = computeFold(syllable);
        if (FOLDED.size() < FOLD_CACHE_SIZE) { // the syllable vocabulary is small; stray tokens just miss the cache
            FOLDED.put(syllable, folded);
        }
        return folded;
    }

    private static String computeFold(String syllable) {
        String decomposed = Normalizer.normalize(syllable.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c);
        }
        return finalYToI(out.toString());
    }

    /** Folds every whitespace-separated token of an already cleaned text. */
    public static String fold(String cleanedText) {
        StringBuilder out = new StringBuilder(cleanedText.length());
        for (String token : tokens(cleanedText)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(foldSyllable(token));
        }
        return out.toString();
    }

    /** "ky" → "ki", "ly" → "li": i/y spellings of the same syllable meet in the folded field. */
    public static String finalYToI(String folded) {
        return folded.length() >= 2 && folded.length() <= 4 && folded.charAt(folded.length() - 1) == 'y' && FINAL_Y.matcher(folded).matches() ? folded.substring(0, folded.length() - 1) + "i" : folded;
    }

    public static List<String> tokens(String cleanedText) {
        List<String> tokens = new ArrayList<>();
        for (String t : cleanedText.split(" ")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static List<String> splitKeepingSeparators(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i)) && Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK) {
                if (start < i) {
                    parts.add(text.substring(start, i));
                }
                parts.add(String.valueOf(text.charAt(i)));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts;
    }
}
