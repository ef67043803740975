package vn.anm.assistant.knowledge.index;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import vn.anm.assistant.knowledge.analysis.VietnameseAnalyzers;

/** Field names, their analyzers and their weights (vietnamese-search.md §6). */
final class IndexFields {

    static final String TOPIC = "topic";
    static final String EXACT = "q_exact";
    static final String EXACT_SHINGLES = "q_exact_sh";
    static final String FOLDED = "q_fold";
    static final String FOLDED_SHINGLES = "q_fold_sh";
    static final String KEYWORDS = "kw_fold";
    static final String KEYWORD_SHINGLES = "kw_fold_sh";

    /** In a fixed order, so that scores add up the same way on every run. */
    static final List<Map.Entry<String, Float>> MAIN_WEIGHTS = List.of(
            Map.entry(EXACT, 1.5f), Map.entry(EXACT_SHINGLES, 1.5f),
            Map.entry(FOLDED, 1.0f), Map.entry(FOLDED_SHINGLES, 1.0f),
            Map.entry(KEYWORDS, 0.5f), Map.entry(KEYWORD_SHINGLES, 0.5f));
    static final float ALTERNATIVE_WEIGHT = 0.4f;
    static final float FUZZY_WEIGHT = 0.3f;

    private IndexFields() {
    }

    /** The field whose analysis a field shares: the keyword fields are analysed like the folded ones. */
    static String analysedLike(String field) {
        return switch (field) {
            case KEYWORDS -> FOLDED;
            case KEYWORD_SHINGLES -> FOLDED_SHINGLES;
            default -> field;
        };
    }

    static Analyzer analyzer() {
        Analyzer folded = VietnameseAnalyzers.folded();
        Analyzer foldedShingles = VietnameseAnalyzers.foldedShingles();
        return new PerFieldAnalyzerWrapper(folded, Map.of(
                EXACT, VietnameseAnalyzers.exact(),
                EXACT_SHINGLES, VietnameseAnalyzers.exactShingles(),
                FOLDED, folded,
                FOLDED_SHINGLES, foldedShingles,
                KEYWORDS, folded,
                KEYWORD_SHINGLES, foldedShingles));
    }
}
