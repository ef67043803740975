package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.jspecify.annotations.Nullable;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.PreparedText;
import vn.anm.assistant.knowledge.analysis.TextPreparer;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * An immutable, searchable view of one knowledge-base version. Searching ranks entries by their best
 * variant's BM25 score and gives each a coverage confidence; thread-safe, so one instance serves all.
 */
public final class TopicIndex {

    /** Variants collected per message before grouping by entry (an entry has 10–30); fewer prune faster but lost one dev answer at 100. */
    private static final int HITS = 300;

    static {
        // A 2,000-character story gives ~160 syllables in each of six fields, beyond Lucene's default 1,024.
        IndexSearcher.setMaxClauseCount(4096);
    }

    private final IndexSearcher searcher;
    /** The only segment (the builder merges): document numbers are positions in {@code variants}. */
    private final LeafReaderContext leaf;
    private final Analyzer analyzer;
    private final List<Variant> variants;
    private final Coverage coverage;
    private final KnowledgeSnapshot snapshot;
    private final TextPreparer preparer;
    private final Map<String, Topic> topics = new HashMap<>();
    private final @Nullable EntryShortlist shortlist;
    private final Map<String, List<Variant>> variantsByTopic = new HashMap<>();

    TopicIndex(DirectoryReader reader, Analyzer analyzer, List<Variant> variants, Coverage coverage,
            KnowledgeSnapshot snapshot, TextPreparer preparer, @Nullable EntryShortlist shortlist) {
        this.shortlist = shortlist;
        this.searcher = new IndexSearcher(reader);
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException("the index must have one segment, has " + reader.leaves().size());
        }
        this.leaf = reader.leaves().get(0);
        this.analyzer = analyzer;
        this.variants = List.copyOf(variants);
        this.coverage = coverage;
        this.snapshot = snapshot;
        this.preparer = preparer;
        snapshot.topics().forEach(t -> topics.put(t.id(), t));
        variants.forEach(v -> variantsByTopic.computeIfAbsent(v.topicId(), k -> new ArrayList<>()).add(v));
        if (reader.numDocs() != variants.size()) {
            throw new IllegalStateException("index holds " + reader.numDocs() + " documents for " + variants.size() + " variants");
        }
    }

    public Topic topic(String id) {
        Topic topic = topics.get(id);
        if (topic == null) {
            throw new IllegalArgumentException("no topic " + id);
        }
        return topic;
    }

    public KnowledgeSnapshot snapshot() {
        return snapshot;
    }

    public int variantCount() {
        return variants.size();
    }

    public PreparedText prepare(String message) {
        return preparer.prepare(message);
    }

    /** Entries for a prepared message, best first. */
    public List<TopicHit> search(PreparedText message) {
        if (message.isEmpty()) {
            return List.of();
        }
        if (shortlist != null) {
            return ranked(shortlisted(message));
        }
        TopDocs top;
        try {
            // Counting every hit makes Lucene score the disjunction in one bulk pass over a window of
            // documents; on a few thousand questions and a hundred clauses that is twice as fast as
            // skipping ahead with MaxScore (same scores; BENCHMARKS.md).
            top = searcher.search(query(message), new TopScoreDocCollectorManager(HITS, null, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WeightedMessage queryTerms = new WeightedMessage(new LinkedHashSet<>(message.foldedTerms()), coverage);
        Map<String, TopicHit> best = new LinkedHashMap<>(); // hits come best score first
        for (ScoreDoc hit : top.scoreDocs) {
            Variant variant = variants.get(hit.doc);
            double covered = coverage.of(queryTerms, variant);
            TopicHit known = best.get(variant.topicId());
            if (known == null) {
                best.put(variant.topicId(), new TopicHit(variant.topicId(), hit.score, covered, variant.text(), 0));
            } else if (covered > known.coverage()) {
                best.put(variant.topicId(), new TopicHit(variant.topicId(), known.score(), covered, variant.text(), 0));
            }
        }
        List<TopicHit> hits = new ArrayList<>(best.values());
        return ranked(hits);
    }

    /** Large knowledge bases: entry-level BM25 scores, coverage from each shortlisted entry's questions. */
    private List<TopicHit> shortlisted(PreparedText message) {
        WeightedMessage queryTerms = new WeightedMessage(new LinkedHashSet<>(message.foldedTerms()), coverage);
        List<TopicHit> hits = new ArrayList<>();
        shortlist.shortlist(message).forEach((topicId, score) -> {
            Variant best = null;
            double bestCoverage = -1;
            for (Variant variant : variantsByTopic.getOrDefault(topicId, List.of())) {
                double covered = coverage.of(queryTerms, variant);
                if (covered > bestCoverage) {
                    bestCoverage = covered;
                    best = variant;
                }
            }
            if (best != null) {
                hits.add(new TopicHit(topicId, score, bestCoverage, best.text(), 0));
            }
        });
        return hits;
    }

    /**
     * BM25 finds the candidates; the order also weighs how much of the message each one covers, which
     * on the dev set puts the right entry first more often than BM25 alone (docs/evaluation.md).
     */
    private static List<TopicHit> ranked(List<TopicHit> hits) {
        float bestScore = 0;
        for (TopicHit hit : hits) {
            bestScore = Math.max(bestScore, hit.score());
        }
        List<TopicHit> ranked = new ArrayList<>(hits.size());
        for (TopicHit hit : hits) {
            double share = hit.score() / bestScore;
            ranked.add(new TopicHit(hit.topicId(), hit.score(), hit.coverage(), hit.matchedVariant(), hit.coverage() * share * share));
        }
        ranked.sort(Comparator.comparingDouble(TopicHit::rank).reversed());
        return ranked;

    }

    private Query query(PreparedText message) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Map<String, TermsEnum> dictionaries = new HashMap<>();
        Map<String, Set<String>> analysed = new HashMap<>();
        IndexFields.MAIN_WEIGHTS.forEach(w -> add(builder, dictionaries, analysed, w.getKey(), message.text(), w.getValue()));
        for (String alternative : message.alternatives()) {
            add(builder, dictionaries, analysed, IndexFields.FOLDED, alternative, IndexFields.ALTERNATIVE_WEIGHT);
            add(builder, dictionaries, analysed, IndexFields.FOLDED_SHINGLES, alternative, IndexFields.ALTERNATIVE_WEIGHT);
        }
        for (String term : new LinkedHashSet<>(message.foldedTerms())) {
            if (term.length() >= 3 && !coverage.known(term)) { // typos only: known syllables match exactly
                Query fuzzy = new FuzzyQuery(new Term(IndexFields.FOLDED, term), 1, 1, 10, true);
                builder.add(new BoostQuery(fuzzy, IndexFields.FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
            }
        }
        return builder.build();
    }

    /**
     * One SHOULD term clause per distinct token the field holds. Built by hand: Lucene's QueryBuilder
     * treats shingles as a token graph and enumerates its paths, which costs milliseconds on a long
     * message; and each term is looked up once, here, with its statistics handed to the query — left
     * to itself a term query looks the term up again, and a story has two hundred of them.
     */
    private void add(BooleanQuery.Builder builder, Map<String, TermsEnum> dictionaries, Map<String, Set<String>> analysed,
            String field, String text, float weight) {
        try {
            Set<String> terms = analysed.computeIfAbsent(IndexFields.analysedLike(field) + '\n' + text, k -> terms(IndexFields.analysedLike(field), text));
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

    private Set<String> terms(String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
