package vn.anm.assistant.knowledge.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.AnalyzedText;
import vn.anm.assistant.knowledge.analysis.PreparedText;
import vn.anm.assistant.knowledge.analysis.SyllableAnalysis;
import vn.anm.assistant.knowledge.analysis.TextPreparer;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * Builds the in-memory index of one knowledge-base version. Every variant (the title and each example
 * question) is prepared and analysed exactly like a citizen's message; each entry becomes one Lucene
 * document of all its phrasings ({@link EntryShortlist}) and an {@link EntryProfile} of its vocabulary,
 * whatever the size of the knowledge base ({@link EntrySearch}).
 */
public final class TopicIndexBuilder {

    public TopicIndex build(KnowledgeSnapshot snapshot) {
        TextPreparer preparer = new TextPreparer(snapshot.lexicon());
        SyllableAnalysis analysis = new SyllableAnalysis();
        // Preparing and analysing the texts is most of the work and needs no order: all cores share it.
        List<PreparedTopic> prepared = snapshot.topics().parallelStream().map(topic -> prepare(topic, preparer, analysis)).toList();

        DiacriticsReading reading = new DiacriticsReading();
        prepared.forEach(topic -> topic.phrasings().forEach(phrasing -> reading.add(phrasing.prepared())));
        List<PendingVariant> pending = new ArrayList<>();
        Map<String, Integer> variantFrequency = new HashMap<>();
        for (PreparedTopic topic : prepared) {
            for (PreparedPhrasing phrasing : topic.phrasings()) {
                PendingVariant variant = new PendingVariant(topic.id(), phrasing.text(), reading.asTyped(phrasing.prepared().marksByTerm()));
                variant.terms().keySet().forEach(term -> variantFrequency.merge(term, 1, Integer::sum));
                pending.add(variant);
            }
        }
        Coverage coverage = new Coverage(variantFrequency, pending.size());
        List<Variant> variants = new ArrayList<>(pending.size());
        for (PendingVariant p : pending) {
            int[] terms = coverage.ids(p.terms().keySet(), p.terms().size());
            int[] marks = p.terms().values().stream().mapToInt(written -> coverage.registerMarks(written)).toArray();
            for (int k = 0; k < terms.length; k++) {
                coverage.registerForm(terms[k], marks[k]);
            }
            variants.add(new Variant(p.topicId(), p.text(), terms, marks, coverage.weight(terms)));
        }
        Map<String, List<Variant>> variantsByTopic = new HashMap<>();
        variants.forEach(v -> variantsByTopic.computeIfAbsent(v.topicId(), k -> new ArrayList<>()).add(v));
        Map<String, EntryProfile> profiles = new HashMap<>();
        for (PreparedTopic topic : prepared) {
            List<Variant> own = variantsByTopic.getOrDefault(topic.id(), List.of());
            int[] title = own.isEmpty() ? new int[0] : EntryProfile.sortedDistinct(own.get(0).terms());
            profiles.put(topic.id(), EntryProfile.of(topic.id(), List.copyOf(own), ids(topic.keywordTerms(), coverage), title,
                    ids(topic.answerTerms(), coverage)));
        }
        EntrySearch search = new EntrySearch(EntryShortlist.build(phrasingsByTopic(prepared)), profiles, coverage);
        return new TopicIndex(search, analysis, variants.size(), coverage, snapshot, preparer, reading);
    }

    private static int[] ids(List<String> terms, Coverage coverage) {
        return EntryProfile.sortedDistinct(terms.stream().mapToInt(coverage::id).toArray());
    }

    private static Map<String, List<AnalyzedText>> phrasingsByTopic(List<PreparedTopic> topics) {
        Map<String, List<AnalyzedText>> phrasings = new LinkedHashMap<>();
        for (PreparedTopic topic : topics) {
            phrasings.put(topic.id(), topic.phrasings().stream().map(PreparedPhrasing::analysed).toList());
        }
        return phrasings;
    }

    /** An entry's phrasings (title, then questions) ready to index, and its keywords' tokens. */
    private record PreparedTopic(String id, List<PreparedPhrasing> phrasings, List<String> keywordTerms, List<String> answerTerms) {
    }

    private record PreparedPhrasing(String text, PreparedText prepared, AnalyzedText analysed) {
    }

    /** A variant before the vocabulary exists: its syllables (with their diacritics) are numbered once all are known. */
    private record PendingVariant(String topicId, String text, Map<String, String> terms) {
    }

    private static PreparedTopic prepare(Topic topic, TextPreparer preparer, SyllableAnalysis analysis) {
        List<String> keywordTerms = new ArrayList<>();
        for (String keyword : topic.keywords()) { // each on its own, so shingles never join two keywords
            String text = preparer.prepare(keyword).text();
            if (!text.isEmpty()) {
                AnalyzedText analysed = analysis.analyze(text);
                keywordTerms.addAll(analysed.folded());
            }
        }
        List<String> texts = new ArrayList<>();
        texts.add(topic.title());
        texts.addAll(topic.questions());
        List<PreparedPhrasing> phrasings = new ArrayList<>();
        for (String text : texts) {
            PreparedText prepared = preparer.prepare(text);
            if (!prepared.isEmpty()) {
                phrasings.add(new PreparedPhrasing(text, prepared, analysis.analyze(prepared.text())));
            }
        }
        List<String> answerTerms = preparer.prepare(topic.answer()).foldedTerms(); // the first 160 syllables: the lead, what to do
        return new PreparedTopic(topic.id(), phrasings, keywordTerms, answerTerms);
    }

}
