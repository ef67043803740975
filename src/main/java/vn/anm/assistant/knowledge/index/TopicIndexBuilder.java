package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.PreparedText;
import vn.anm.assistant.knowledge.analysis.TextPreparer;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * Builds the in-memory index: one Lucene document per variant (the title and each example question),
 * prepared exactly like a citizen's message, with the entry's keywords beside it.
 */
public final class TopicIndexBuilder {

    public TopicIndex build(KnowledgeSnapshot snapshot) {
        TextPreparer preparer = new TextPreparer(snapshot.lexicon());
        Analyzer analyzer = IndexFields.analyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        List<PendingVariant> pending = new ArrayList<>();
        Map<String, Integer> variantFrequency = new HashMap<>();
        Map<String, List<String>> phrasingsByTopic = new LinkedHashMap<>();
        // One in-memory segment: a flush per few thousand documents and the merges after it cost more than the analysis.
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(512).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Topic topic : snapshot.topics()) {
                List<String> keywords = topic.keywords().stream().map(k -> preparer.prepare(k).text()).filter(k -> !k.isEmpty()).toList();
                List<String> keywordTerms = terms(analyzer, IndexFields.KEYWORDS, keywords);
                List<String> keywordShingles = terms(analyzer, IndexFields.KEYWORD_SHINGLES, keywords);
                List<String> phrasings = new ArrayList<>();
                phrasings.add(topic.title());
                phrasings.addAll(topic.questions());
                for (String phrasing : phrasings) {
                    PreparedText prepared = preparer.prepare(phrasing);
                    if (prepared.isEmpty()) {
                        continue;
                    }
                    PendingVariant variant = new PendingVariant(topic.id(), phrasing, new LinkedHashSet<>(prepared.foldedTerms()));
                    variant.terms().forEach(term -> variantFrequency.merge(term, 1, Integer::sum));
                    pending.add(variant);
                    phrasingsByTopic.computeIfAbsent(topic.id(), k -> new ArrayList<>()).add(prepared.text());
                    writer.addDocument(document(topic.id(), prepared.text(), keywordTerms, keywordShingles));
                }
            }
            writer.forceMerge(1); // one segment: document ids follow the order of `variants`
            writer.commit();
            EntryShortlist shortlist = snapshot.topics().size() > EntryShortlist.FROM_ENTRIES
                    ? EntryShortlist.build(phrasingsByTopic, analyzer) : null;
            Coverage coverage = new Coverage(variantFrequency, pending.size());
            List<Variant> variants = new ArrayList<>(pending.size());
            for (PendingVariant p : pending) {
                int[] terms = coverage.ids(p.terms(), p.terms().size());
                variants.add(new Variant(p.topicId(), p.text(), terms, coverage.weight(terms)));
            }
            return new TopicIndex(DirectoryReader.open(directory), analyzer, variants, coverage, snapshot, preparer, shortlist);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    /** A variant before the vocabulary exists: its syllables are numbered once all are known. */
    private record PendingVariant(String topicId, String text, Set<String> terms) {
    }

    private static Document document(String topicId, String text, List<String> keywordTerms, List<String> keywordShingles) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TOPIC, topicId, Field.Store.NO));
        for (String field : List.of(IndexFields.EXACT, IndexFields.EXACT_SHINGLES, IndexFields.FOLDED, IndexFields.FOLDED_SHINGLES)) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
        doc.add(new TextField(IndexFields.KEYWORDS, new TermListTokenStream(keywordTerms)));
        doc.add(new TextField(IndexFields.KEYWORD_SHINGLES, new TermListTokenStream(keywordShingles)));
        return doc;
    }

    /** Each keyword analysed on its own, so shingles never join two keywords. */
    private static List<String> terms(Analyzer analyzer, String field, List<String> values) throws IOException {
        List<String> terms = new ArrayList<>();
        for (String value : values) {
            try (TokenStream stream = analyzer.tokenStream(field, value)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
        }
        return terms;
    }
}
