package vn.anm.assistant.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs the analyzers of {@link VietnameseAnalyzers} over a text, two passes instead of four: the
 * shingles are the neighbouring syllables joined, which is what the shingle analyzers give whenever
 * no position was skipped (they are still run when one was). Index building analyses every example
 * question this way and the matcher every message, so both sides always agree. Thread-safe.
 */
public final class SyllableAnalysis {

    private static final String SHINGLE_SEPARATOR = " ";

    private final Analyzer exact = VietnameseAnalyzers.exact();
    private final Analyzer exactShingles = VietnameseAnalyzers.exactShingles();
    private final Analyzer folded = VietnameseAnalyzers.folded();
    private final Analyzer foldedShingles = VietnameseAnalyzers.foldedShingles();

    public AnalyzedText analyze(String text) {
        Tokens exactTokens = tokens(exact, text);
        Tokens foldedTokens = tokens(folded, text);
        return new AnalyzedText(exactTokens.terms(),
                exactTokens.contiguous() ? shingles(exactTokens.terms()) : tokens(exactShingles, text).terms(),
                foldedTokens.terms(),
                foldedTokens.contiguous() ? shingles(foldedTokens.terms()) : tokens(foldedShingles, text).terms());
    }

    /**
     * Only the folded tokens (the exact ones left empty): all a message needs, since the entry shortlist searches the
     * folded fields alone. Half the analysis of {@link #analyze} on every message.
     */
    public AnalyzedText analyzeFolded(String text) {
        Tokens foldedTokens = tokens(folded, text);
        return new AnalyzedText(List.of(), List.of(), foldedTokens.terms(),
                foldedTokens.contiguous() ? shingles(foldedTokens.terms()) : tokens(foldedShingles, text).terms());
    }

    private record Tokens(List<String> terms, boolean contiguous) {
    }

    private static Tokens tokens(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        boolean contiguous = true;
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                contiguous &= increment.getPositionIncrement() == 1;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tokens(terms, contiguous);
    }

    private static List<String> shingles(List<String> syllables) {
        List<String> shingles = new ArrayList<>(Math.max(0, syllables.size() - 1));
        for (int i = 1; i < syllables.size(); i++) {
            shingles.add(syllables.get(i - 1) + SHINGLE_SEPARATOR + syllables.get(i));
        }
        return shingles;
    }
}
