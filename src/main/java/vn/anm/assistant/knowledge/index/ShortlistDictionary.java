package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of the entry index with its statistics and per-part postings pointers, read once when the index is
 * built. Looking a message's terms up in Lucene's term dictionary (its FST and compressed term blocks, read byte by
 * byte from the in-memory directory) was a quarter of the ask path's CPU (bench/BENCHMARKS.md); a hash lookup gives
 * the query the very same {@link TermStates}, so scores and results are unchanged. The states are built without a
 * term, so Lucene only reads them: one instance is shared by all searching threads.
 */
final class ShortlistDictionary {

    private final Map<String, Map<String, TermStates>> byField = new HashMap<>();

    ShortlistDictionary(IndexReaderContext top, List<LeafReaderContext> leaves, List<String> fields) throws IOException {
        for (String field : fields) {
            Map<String, TermStates> terms = new HashMap<>();
            for (LeafReaderContext leaf : leaves) {
                Terms fieldTerms = leaf.reader().terms(field); // null when, e.g., no phrasing of the part has two syllables
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum dictionary = fieldTerms.iterator();
                for (BytesRef term = dictionary.next(); term != null; term = dictionary.next()) {
                    terms.computeIfAbsent(term.utf8ToString(), t -> new TermStates(top))
                            .register(dictionary.termState(), leaf.ord, dictionary.docFreq(), dictionary.totalTermFreq());
                }
            }
            byField.put(field, terms);
        }
    }

    /** The term's statistics over the whole index, or null when no entry has it. */
    TermStates states(String field, String term) {
        Map<String, TermStates> terms = byField.get(field);
        return terms == null ? null : terms.get(term);
    }
}
