package vn.anm.assistant.knowledge.analysis;

import java.util.List;

/**
 * A text's tokens for each kind of field: syllables with diacritics kept (exact) and removed
 * (folded), and each as two-syllable shingles.
 */
public record AnalyzedText(List<String> exact, List<String> exactShingles, List<String> folded, List<String> foldedShingles) {

    public AnalyzedText {
        exact = List.copyOf(exact);
        exactShingles = List.copyOf(exactShingles);
        folded = List.copyOf(folded);
        foldedShingles = List.copyOf(foldedShingles);
    }
}
