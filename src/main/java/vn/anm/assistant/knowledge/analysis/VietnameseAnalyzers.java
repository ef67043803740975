package vn.anm.assistant.knowledge.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of vietnamese-search.md: one token per syllable (no word segmenter), an exact
 * family (diacritics kept) and a folded family (diacritics removed), each as unigrams or as
 * two-syllable shingles. Every chain starts with NFC + case folding so NFD input matches too.
 */
public final class VietnameseAnalyzers {

    private VietnameseAnalyzers() {
    }

    public static Analyzer exact() {
        return create(false, false);
    }

    public static Analyzer exactShingles() {
        return create(false, true);
    }

    public static Analyzer folded() {
        return create(true, false);
    }

    public static Analyzer foldedShingles() {
        return create(true, true);
    }

    private static Analyzer create(boolean fold, boolean shingles) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ToneMarkFilter(source);
                if (fold) {
                    result = new ICUFoldingFilter(result);
                    result = new FinalYToIFilter(result);
                }
                if (shingles) {
                    ShingleFilter shingleFilter = new ShingleFilter(result, 2, 2);
                    shingleFilter.setOutputUnigrams(false);
                    result = shingleFilter;
                }
                return new TokenStreamComponents(source, result);
            }
        };
    }
}
