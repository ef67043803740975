package vn.anm.assistant.knowledge.analysis;

import java.util.List;

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

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
