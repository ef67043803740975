package vn.anm.assistant.knowledge.analysis;

import java.util.List;

/**
 * A message (or an example question) after cleaning, teencode expansion and frame removal.
 * {@code text} is searched with full weight; {@code alternatives} (other readings of ambiguous
 * abbreviations, synonyms) with less. {@code foldedTerms} are the syllables that may say what the
 * message is about (neutral place and time words left out): the matcher's confidence counts only them.
 */
public record PreparedText(String text, List<String> foldedTerms, List<String> alternatives) {

    public PreparedText {
        foldedTerms = List.copyOf(foldedTerms);
        alternatives = List.copyOf(alternatives);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
