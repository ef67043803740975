package vn.anm.assistant.knowledge.analysis;

import java.text.Normalizer;

/**
 * One tone-placement convention for the open syllables whose mark moves between keyboards:
 * "hòa"/"hoà", "khóa"/"khoá", "thủy"/"thuỷ" all become the second form (mark on the main vowel).
 */
final class ToneMarks {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private ToneMarks() {
    }

    /** Rewrites a lowercase NFC syllable ending in oa, oe or uy with the tone on the first vowel. */
    static String normalizeSyllable(String syllable) {
        int n = syllable.length();
        if (n < 2) {
            return syllable;
        }
        char last = syllable.charAt(n - 1);
        if (last != 'a' && last != 'e' && last != 'y') {
            return syllable;
        }
        String prev = Normalizer.normalize(String.valueOf(syllable.charAt(n - 2)), Normalizer.Form.NFD);
        if (prev.length() != 2 || TONES.indexOf(prev.charAt(1)) < 0) {
            return syllable;
        }
        char base = prev.charAt(0);
        boolean movable = (base == 'o' && (last == 'a' || last == 'e')) || (base == 'u' && last == 'y');
        if (!movable || (base == 'u' && n >= 3 && syllable.charAt(n - 3) == 'q')) {
            return syllable; // "quý" keeps its mark: qu is the onset, y the only vowel
        }
        String moved = base + Normalizer.normalize(String.valueOf(last) + prev.charAt(1), Normalizer.Form.NFC);
        return syllable.substring(0, n - 2) + moved;
    }
}
