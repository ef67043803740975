package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import vn.anm.assistant.knowledge.analysis.AnalyzedText;

/**
 * The search of knowledge bases up to a few hundred entries: BM25 over one document per example
 * question, in all six fields; each entry is found by its best questions, and the coverage is taken
 * from the question that covers the message best.
 */
final class QuestionSearch implements EntrySearch {

    /** Variants collected per message before grouping by entry (an entry has 10–30); fewer prune faster but lost one dev answer at 100. */
    private static final int HITS = 300;

    static {
        // A 2,000-character story gives ~160 syllables in each of six fields, beyond Lucene's default 1,024.
        IndexSearcher.setMaxClauseCount(4096);
    }

    private final IndexSearcher searcher;
    /** The only segment (the builder merges): document numbers are positions in {@code variants}. */
    private final LeafReaderContext leaf;
    private final List<Variant> variants;
    private final Coverage coverage;

    QuestionSearch(DirectoryReader reader, List<Variant> variants, Coverage coverage) {
        this.searcher = new IndexSearcher(reader);
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException("the index must have one segment, has " + reader.leaves().size());
        }
        if (reader.numDocs() != variants.size()) {
            throw new IllegalStateException("index holds " + reader.numDocs() + " documents for " + variants.size() + " variants");
        }
        this.leaf = reader.leaves().get(0);
        this.variants = List.copyOf(variants);
        this.coverage = coverage;
    }

    @Override
    public List<TopicHit> hits(List<AnalyzedText> texts, WeightedMessage weighted) {
        TopDocs top;
        try {
            // Counting every hit makes Lucene score the disjunction in one bulk pass over a window of
            // documents; on a few thousand questions and a hundred clauses that is twice as fast as
            // skipping ahead with MaxScore (same scores; bench/BENCHMARKS.md).
            top = searcher.search(query(texts, weighted), new TopScoreDocCollectorManager(HITS, null, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TopicHit> best = new LinkedHashMap<>(); // hits come best score first
        for (ScoreDoc hit : top.scoreDocs) {
            Variant variant = variants.get(hit.doc);
            double covered = coverage.of(weighted, variant);
            TopicHit known = best.get(variant.topicId());
            if (known == null) {
                best.put(variant.topicId(), new TopicHit(variant.topicId(), hit.score, covered, variant.text(), 0));
            } else if (covered > known.coverage()) {
                best.put(variant.topicId(), new TopicHit(variant.topicId(), known.score(), covered, variant.text(), 0));
            }
        }
        return new ArrayList<>(best.values());
    }

    /** @param texts the message's text, then its alternative readings, analysed */
    private Query query(List<AnalyzedText> texts, WeightedMessage weighted) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Map<String, TermsEnum> dictionaries = new HashMap<>();
        IndexFields.MAIN_WEIGHTS.forEach(w -> add(builder, dictionaries, w.getKey(), texts.get(0), w.getValue()));
        for (AnalyzedText alternative : texts.subList(1, texts.size())) {
            add(builder, dictionaries, IndexFields.FOLDED, alternative, IndexFields.ALTERNATIVE_WEIGHT);
            add(builder, dictionaries, IndexFields.FOLDED_SHINGLES, alternative, IndexFields.ALTERNATIVE_WEIGHT);
        }
        for (String term : weighted.unseenTerms()) { // typos only: known syllables match exactly
            Query fuzzy = new FuzzyQuery(new Term(IndexFields.FOLDED, term), 1, 1, 10, true);
            builder.add(new BoostQuery(fuzzy, IndexFields.FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    /**
     * One SHOULD term clause per distinct token the field holds. Built by hand: Lucene's QueryBuilder
     * treats shingles as a token graph and enumerates its paths, which costs milliseconds on a long
     * message; and each term is looked up once, here, with its statistics handed to the query — left
     * to itself a term query looks the term up again, and a story has two hundred of them.
     */
    private void add(BooleanQuery.Builder builder, Map<String, TermsEnum> dictionaries, String field, AnalyzedText text, float weight) {
        try {
            Set<String> terms = new LinkedHashSet<>(IndexFields.tokens(field, text));
            TermsEnum dictionary = dictionaries.get(field);
            if (dictionary == null) {
                Terms fieldTerms = leaf.reader().terms(field);
                if (fieldTerms == null) {
                    return;
                }
                dictionary = fieldTerms.iterator();
                dictionaries.put(field, dictionary);
            }
            // One flat disjunction, no nested booleans: the cheapest shape for Lucene to score.
            for (String t : terms) {
                Term indexed = new Term(field, t);
                if (dictionary.seekExact(indexed.bytes())) { // an absent term would score nothing anyway
                    TermStates states = new TermStates(searcher.getTopReaderContext());
                    states.register(dictionary.termState(), leaf.ord, dictionary.docFreq(), dictionary.totalTermFreq());
                    builder.add(new BoostQuery(new TermQuery(indexed, states), weight), BooleanClause.Occur.SHOULD);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
