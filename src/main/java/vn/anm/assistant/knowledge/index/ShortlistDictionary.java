package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of the entry index with the BM25 score it gives each entry that has it, computed once when the index is
 * built. The index never changes after it is built, so neither do these scores: a message's shortlist adds them up
 * instead of running a Lucene query, whose per-message set-up (a weight, a scorer and a postings reader per term, ≈ 32
 * terms) cost more than the scoring itself on a knowledge base of a few dozen entries (bench/BENCHMARKS.md). Each score
 * comes from the searcher's own {@link Similarity} with the statistics a {@code TermQuery} would use, so it is the
 * very float Lucene would compute; the shortlist sums them in double precision as Lucene's disjunctions do.
 */
final class ShortlistDictionary {

    /** The entries (document numbers, ascending) that have a term and the term's score in each. */
    record ScoredPostings(int[] docs, float[] scores) {

        /** How many entries have the term (the index has no deleted documents). */
        int docFreq() {
            return docs.length;
        }
    }

    private final Map<String, Map<String, ScoredPostings>> byField = new HashMap<>();

    ShortlistDictionary(IndexSearcher searcher, List<String> fields) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Similarity similarity = searcher.getSimilarity();
        for (String field : fields) {
            // the statistics a TermQuery scores with: document and term frequencies over all parts of the index
            Map<String, long[]> statistics = new HashMap<>();
            for (LeafReaderContext leaf : leaves) {
                Terms fieldTerms = leaf.reader().terms(field); // null when, e.g., no phrasing of the part has two syllables
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum dictionary = fieldTerms.iterator();
                for (BytesRef term = dictionary.next(); term != null; term = dictionary.next()) {
                    long[] counts = statistics.computeIfAbsent(term.utf8ToString(), t -> new long[2]);
                    counts[0] += dictionary.docFreq();
                    counts[1] += dictionary.totalTermFreq();
                }
            }
            CollectionStatistics collection = searcher.collectionStatistics(field);
            Map<String, Builder> builders = new HashMap<>();
            PostingsEnum postings = null;
            // the leaves in order, each term's documents ascending: the documents of a term come out ascending overall
            for (LeafReaderContext leaf : leaves) {
                Terms fieldTerms = leaf.reader().terms(field);
                if (fieldTerms == null) {
                    continue;
                }
                long[] norms = norms(leaf, field);
                TermsEnum dictionary = fieldTerms.iterator();
                for (BytesRef term = dictionary.next(); term != null; term = dictionary.next()) {
                    String text = term.utf8ToString();
                    Builder builder = builders.get(text);
                    if (builder == null) {
                        long[] counts = statistics.get(text);
                        builder = new Builder(similarity.scorer(1f, collection,
                                searcher.termStatistics(new Term(field, BytesRef.deepCopyOf(term)), (int) counts[0], counts[1])));
                        builders.put(text, builder);
                    }
                    postings = dictionary.postings(postings, PostingsEnum.FREQS);
                    for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        builder.add(leaf.docBase + doc, builder.scorer.score(postings.freq(), norms[doc]));
                    }
                }
            }
            Map<String, ScoredPostings> terms = new HashMap<>(builders.size() * 2);
            builders.forEach((text, builder) -> terms.put(text, builder.build()));
            byField.put(field, terms);
        }
    }

    /** Each document's norm in the field, as a term scorer reads it (1 where a document has none). */
    private static long[] norms(LeafReaderContext leaf, String field) throws IOException {
        long[] norms = new long[leaf.reader().maxDoc()];
        Arrays.fill(norms, 1L);
        NumericDocValues values = leaf.reader().getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = values.longValue();
            }
        }
        return norms;
    }

    /** A term's postings as they are read, leaf after leaf. */
    private static final class Builder {

        private final Similarity.SimScorer scorer;
        private int[] docs = new int[4];
        private float[] scores = new float[4];
        private int size;

        Builder(Similarity.SimScorer scorer) {
            this.scorer = scorer;
        }

        void add(int doc, float score) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            docs[size] = doc;
            scores[size] = score;
            size++;
        }

        ScoredPostings build() {
            return new ScoredPostings(Arrays.copyOf(docs, size), Arrays.copyOf(scores, size));
        }
    }

    /** The term's entries and scores, or null when no entry has it. */
    ScoredPostings postings(String field, String term) {
        Map<String, ScoredPostings> terms = byField.get(field);
        return terms == null ? null : terms.get(term);
    }
}
