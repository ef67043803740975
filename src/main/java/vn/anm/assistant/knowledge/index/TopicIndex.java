package vn.anm.assistant.knowledge.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.AnalyzedText;
import vn.anm.assistant.knowledge.analysis.PreparedText;
import vn.anm.assistant.knowledge.analysis.SyllableAnalysis;
import vn.anm.assistant.knowledge.analysis.TextPreparer;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * An immutable, searchable view of one knowledge-base version. Searching ranks entries by their
 * BM25 score and gives each a coverage confidence; thread-safe, so one instance serves all.
 */
public final class TopicIndex {

    private final EntrySearch search;
    private final SyllableAnalysis analysis;
    private final Coverage coverage;
    private final int variantCount;
    private final KnowledgeSnapshot snapshot;
    private final TextPreparer preparer;
    private final DiacriticsReading reading;
    private final Map<String, Topic> topics = new HashMap<>();

    TopicIndex(EntrySearch search, SyllableAnalysis analysis, int variantCount, Coverage coverage, KnowledgeSnapshot snapshot, TextPreparer preparer,
            DiacriticsReading reading) {
        this.reading = reading;
        this.search = search;
        this.analysis = analysis;
        this.variantCount = variantCount;
        this.coverage = coverage;
        this.snapshot = snapshot;
        this.preparer = preparer;
        snapshot.topics().forEach(t -> topics.put(t.id(), t));
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
        return variantCount;
    }

    public PreparedText prepare(String message) {
        return preparer.prepare(message);
    }

    /** Entries for a message with their evidence, in the shortlist's order (the decision model ranks them). */
    public List<TopicHit> search(String message) {
        return search(message, null);
    }

    /** As {@link #search(String)}, comparing the message with every phrasing but {@code excluded} (leave-one-out fitting). */
    List<TopicHit> search(String message, String excluded) {
        PreparedText prepared = preparer.prepare(message);
        if (prepared.isEmpty()) {
            return List.of();
        }
        List<AnalyzedText> texts = new ArrayList<>();
        // the shortlist searches the folded fields only ({@link EntryShortlist}): the exact tokens are not worked out
        texts.add(analysis.analyzeFolded(prepared.text()));
        prepared.alternatives().forEach(alternative -> texts.add(analysis.analyzeFolded(alternative)));
        List<StorySentences.Sentence> sentences = StorySentences.of(message, preparer);
        WeightedMessage weighted = new WeightedMessage(reading.marksByTerm(prepared), StorySentences.events(sentences), coverage);
        return search.hits(texts, weighted, sentences.stream().map(StorySentences.Sentence::terms).toList(), excluded);
    }
}
