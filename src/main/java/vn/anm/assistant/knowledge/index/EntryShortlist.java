package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.anm.assistant.knowledge.analysis.PreparedText;

/**
 * First stage for large knowledge bases: one document per entry (all its phrasings together) picks
 * the entries worth a closer look, so the per-question search only scores their documents instead of
 * the posting lists of common syllables across the whole index.
 */
final class EntryShortlist {

    /** Knowledge bases with more entries than this search in two stages; smaller ones are not changed. */
    static final int FROM_ENTRIES = 200;
    static final int SIZE = 20;
    private static final String ID = "id";

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    private EntryShortlist(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    /** @param phrasings each entry's prepared phrasings (title, questions) and keywords, by entry id */
    static EntryShortlist build(Map<String, List<String>> phrasings, Analyzer analyzer) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Map.Entry<String, List<String>> entry : phrasings.entrySet()) {
                Document doc = new Document();
                doc.add(new StoredField(ID, entry.getKey()));
                for (String phrasing : entry.getValue()) { // separate values: shingles never join two questions
                    doc.add(new TextField(IndexFields.FOLDED, phrasing, Field.Store.NO));
                    doc.add(new TextField(IndexFields.FOLDED_SHINGLES, phrasing, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return new EntryShortlist(new IndexSearcher(DirectoryReader.open(directory)), analyzer);
    }

    Set<String> shortlist(PreparedText message) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> texts = new ArrayList<>();
        texts.add(message.text());
        texts.addAll(message.alternatives());
        for (String field : List.of(IndexFields.FOLDED, IndexFields.FOLDED_SHINGLES)) {
            Set<String> terms = new LinkedHashSet<>();
            for (String text : texts) {
                terms.addAll(terms(field, text));
            }
            terms.forEach(t -> query.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
        }
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (ScoreDoc hit : searcher.search(query.build(), new TopScoreDocCollectorManager(SIZE, null, SIZE)).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
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
