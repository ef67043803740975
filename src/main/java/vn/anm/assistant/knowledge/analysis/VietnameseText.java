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
    private static final Pattern FINAL_Y = Pattern.compile(
            "^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$");

    private static final int FOLD_CACHE_SIZE = 200_000;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final Map<String, String> MARKS = new ConcurrentHashMap<>();

    private VietnameseText() {
    }

    /** NFC, lowercase and the tone-placement convention: what the exact field indexes. */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfc.length());
        int start = 0; // of the current run of letters and marks: a syllable
        for (int i = 0; i <= nfc.length(); i++) {
            if (i == nfc.length() || !isSyllableChar(nfc.charAt(i))) {
                if (start < i) {
                    out.append(ToneMarks.normalizeSyllable(nfc.substring(start, i)));
                }
                if (i < nfc.length()) {
                    out.append(nfc.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static boolean isSyllableChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Message cleaning before analysis: drops links, zero-width and control characters, emoji and
     * other symbols, and letters repeated for emphasis ("ơiiii" → "ơi"). One pass after the links:
     * every example question and every message goes through here.
     */
    public static String clean(String text) {
        String s = normalize(text);
        if (s.indexOf("://") >= 0 || s.contains("www.")) {
            s = URL.matcher(s).replaceAll(" ");
        }
        StringBuilder out = new StringBuilder(s.length());
        int runLetter = -1; // a letter repeated at the end of `out`, and how often
        int runLength = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean letter = Character.isLetter(cp);
            if (letter && cp == runLetter) {
                runLength++;
                if (runLength == 3) { // three or more of the same letter stand for one
                    out.setLength(out.length() - Character.charCount(cp));
                }
                if (runLength >= 3) {
                    continue;
                }
                out.appendCodePoint(cp);
                continue;
            }
            runLetter = letter ? cp : -1;
            runLength = letter ? 1 : 0;
            if (letter || Character.isDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') { // separators: one space, none at the ends
                out.append(' ');
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
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

    /**
     * The diacritics of a normalised syllable, in order ("giả" → the hook above, "đi" → "đ"), empty
     * for a syllable typed without any: two syllables that fold alike are different words when both
     * carry diacritics and these differ (giá / giả, mất / mật), the same word when one has none.
     */
    public static String marks(String syllable) {
        String cached = MARKS.get(syllable);
        if (cached != null) {
            return cached;
        }
        String marks = computeMarks(syllable);
        if (MARKS.size() < FOLD_CACHE_SIZE) {
            MARKS.put(syllable, marks);
        }
        return marks;
    }

    private static String computeMarks(String syllable) {
        String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        StringBuilder marks = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ' || Character.getType(c) == Character.NON_SPACING_MARK) {
                marks.append(c);
            }
        }
        return marks.toString();
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
}
