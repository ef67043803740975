package vn.anm.assistant.knowledge.index;

import java.util.List;
import java.util.Map;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import vn.anm.assistant.knowledge.analysis.AnalyzedText;

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

    /** Analysed fields keep no positions: nothing searches phrases, and BM25 needs only frequencies and lengths. */
    static final FieldType TERMS = termsType();
    static final float FUZZY_WEIGHT = 0.3f;

    private IndexFields() {
    }

    private static FieldType termsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** A field's tokens: the keyword fields are analysed like the folded ones. */
    static List<String> tokens(String field, AnalyzedText text) {
        return switch (field) {
            case EXACT -> text.exact();
            case EXACT_SHINGLES -> text.exactShingles();
            case FOLDED, KEYWORDS -> text.folded();
            case FOLDED_SHINGLES, KEYWORD_SHINGLES -> text.foldedShingles();
            default -> throw new IllegalArgumentException("not an analysed field: " + field);
        };
    }
}
