package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.AnalyzedText;
import vn.anm.assistant.knowledge.analysis.PreparedText;
import vn.anm.assistant.knowledge.analysis.SyllableAnalysis;
import vn.anm.assistant.knowledge.analysis.TextPreparer;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * Builds the in-memory index of one knowledge-base version. Every variant (the title and each example
 * question) is prepared and analysed exactly like a citizen's message; up to 200 entries, each becomes
 * a Lucene document with the entry's keywords beside it ({@link QuestionSearch}); larger knowledge bases
 * get one document per entry instead ({@link ShortlistSearch}). The coverage confidence is computed
 * from the variants either way.
 */
public final class TopicIndexBuilder {

    public TopicIndex build(KnowledgeSnapshot snapshot) {
        TextPreparer preparer = new TextPreparer(snapshot.lexicon());
        SyllableAnalysis analysis = new SyllableAnalysis();
        // Preparing and analysing the texts is most of the work and needs no order: all cores share it.
        List<PreparedTopic> prepared = snapshot.topics().parallelStream().map(topic -> prepare(topic, preparer, analysis)).toList();

        List<PendingVariant> pending = new ArrayList<>();
        Map<String, Integer> variantFrequency = new HashMap<>();
        for (PreparedTopic topic : prepared) {
            for (PreparedPhrasing phrasing : topic.phrasings()) {
                PendingVariant variant = new PendingVariant(topic.id(), phrasing.text(), phrasing.prepared().marksByTerm());
                variant.terms().keySet().forEach(term -> variantFrequency.merge(term, 1, Integer::sum));
                pending.add(variant);
            }
        }
        Coverage coverage = new Coverage(variantFrequency, pending.size());
        List<Variant> variants = new ArrayList<>(pending.size());
        for (PendingVariant p : pending) {
            int[] terms = coverage.ids(p.terms().keySet(), p.terms().size());
            int[] marks = p.terms().values().stream().mapToInt(written -> coverage.registerMarks(written)).toArray();
            variants.add(new Variant(p.topicId(), p.text(), terms, marks, coverage.weight(terms)));
        }
        EntrySearch search = snapshot.topics().size() > EntryShortlist.FROM_ENTRIES
                ? new ShortlistSearch(EntryShortlist.build(phrasingsByTopic(prepared)), variants, coverage)
                : new QuestionSearch(questionIndex(prepared), variants, coverage);
        return new TopicIndex(search, analysis, variants.size(), coverage, snapshot, preparer);
    }

    /** One document per variant, in the order of the variants. */
    private static DirectoryReader questionIndex(List<PreparedTopic> prepared) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY); // the cheapest to read back: every query clones inputs
        Map<String, TermListTokenStream> streams = new HashMap<>();
        // One in-memory segment: a flush per few thousand documents and the merges after it cost more than the analysis.
        IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(512).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (PreparedTopic topic : prepared) {
                    for (PreparedPhrasing phrasing : topic.phrasings()) {
                        writer.addDocument(document(topic, phrasing.analysed(), streams));
                    }
                }
                writer.forceMerge(1); // one segment: document ids follow the order of the variants
                writer.commit();
            }
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    private static Map<String, List<AnalyzedText>> phrasingsByTopic(List<PreparedTopic> topics) {
        Map<String, List<AnalyzedText>> phrasings = new LinkedHashMap<>();
        for (PreparedTopic topic : topics) {
            phrasings.put(topic.id(), topic.phrasings().stream().map(PreparedPhrasing::analysed).toList());
        }
        return phrasings;
    }

    /** An entry's phrasings (title, then questions) ready to index, and its keywords' tokens. */
    private record PreparedTopic(String id, List<PreparedPhrasing> phrasings, List<String> keywordTerms, List<String> keywordShingles) {
    }

    private record PreparedPhrasing(String text, PreparedText prepared, AnalyzedText analysed) {
    }

    /** A variant before the vocabulary exists: its syllables (with their diacritics) are numbered once all are known. */
    private record PendingVariant(String topicId, String text, Map<String, String> terms) {
    }

    private static PreparedTopic prepare(Topic topic, TextPreparer preparer, SyllableAnalysis analysis) {
        List<String> keywordTerms = new ArrayList<>();
        List<String> keywordShingles = new ArrayList<>();
        for (String keyword : topic.keywords()) { // each on its own, so shingles never join two keywords
            String text = preparer.prepare(keyword).text();
            if (!text.isEmpty()) {
                AnalyzedText analysed = analysis.analyze(text);
                keywordTerms.addAll(analysed.folded());
                keywordShingles.addAll(analysed.foldedShingles());
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
        return new PreparedTopic(topic.id(), phrasings, keywordTerms, keywordShingles);
    }

    private static Document document(PreparedTopic topic, AnalyzedText phrasing, Map<String, TermListTokenStream> streams) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TOPIC, topic.id(), Field.Store.NO));
        for (String field : List.of(IndexFields.EXACT, IndexFields.EXACT_SHINGLES, IndexFields.FOLDED, IndexFields.FOLDED_SHINGLES)) {
            doc.add(field(field, IndexFields.tokens(field, phrasing), streams));
        }
        doc.add(field(IndexFields.KEYWORDS, topic.keywordTerms(), streams));
        doc.add(field(IndexFields.KEYWORD_SHINGLES, topic.keywordShingles(), streams));
        return doc;
    }

    private static Field field(String name, List<String> tokens, Map<String, TermListTokenStream> streams) {
        return new Field(name, streams.computeIfAbsent(name, k -> new TermListTokenStream()).replay(tokens), IndexFields.TERMS);
    }
}
