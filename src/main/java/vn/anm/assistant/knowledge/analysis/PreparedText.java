package vn.anm.assistant.knowledge.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message (or an example question) after cleaning, teencode expansion and frame removal.
 * {@code text} is searched with full weight; {@code alternatives} (other readings of ambiguous
 * abbreviations, synonyms) with less. {@code foldedTerms} are the syllables that may say what the
 * message is about (neutral place and time words left out): the matcher's confidence counts only them;
 * {@code exactTerms} are the same syllables as written (diacritics kept), position by position.
 */
public record PreparedText(String text, List<String> foldedTerms, List<String> exactTerms, List<String> alternatives) {

    public PreparedText {
        foldedTerms = List.copyOf(foldedTerms);
        exactTerms = List.copyOf(exactTerms);
        alternatives = List.copyOf(alternatives);
        if (exactTerms.size() != foldedTerms.size()) {
            throw new IllegalArgumentException("one exact syllable per folded one");
        }
    }

    /** A syllable the text writes with two sets of diacritics ("tại", "tài"): its diacritics say nothing. */
    public static final String WRITTEN_TWO_WAYS = "*";

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /**
     * Each distinct folded syllable, in order, with the diacritics it is written with
     * ({@link VietnameseText#marks}; empty where written without, {@link #WRITTEN_TWO_WAYS} where
     * written both ways).
     */
    public Map<String, String> marksByTerm() {
        Map<String, String> marks = new LinkedHashMap<>();
        for (int i = 0; i < foldedTerms.size(); i++) {
            String written = VietnameseText.marks(exactTerms.get(i));
            marks.merge(foldedTerms.get(i), written, (known, next) -> known.equals(next) ? known : WRITTEN_TWO_WAYS);
        }
        return marks;
    }
}
