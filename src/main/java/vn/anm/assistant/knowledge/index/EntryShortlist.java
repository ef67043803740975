package vn.anm.assistant.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import vn.anm.assistant.knowledge.analysis.AnalyzedText;

/**
 * Search for large knowledge bases: one document per entry (all its phrasings together) picks the
 * entries worth a closer look with BM25, and only their questions are then compared with the message
 * for the coverage confidence — instead of scoring the posting lists of common syllables across every
 * question of the index.
 */
final class EntryShortlist {

    static final int SIZE = 20;
    private static final String ID = "id";

    /** Share of entries above which a syllable is left out of the shortlist's terms. */
    static final double COMMON = 0.25;
    static final int MAX_TERMS = 32;
    /** Up to this many entries no syllable is too common for the shortlist. */
    static final int SMALL = 40;
    /** Terms the shortlist keeps at least, common or not. */
    static final int MIN_TERMS = 4;
    /** The fields searched; a message is analysed for these alone ({@link vn.anm.assistant.knowledge.analysis.SyllableAnalysis#analyzeFolded}). */
    private static final List<String> FIELDS = List.of(IndexFields.FOLDED, IndexFields.FOLDED_SHINGLES);

    /** Entries per part of the index; parts are written in parallel and read as one, in order. */
    private static final int PART_SIZE = 250;

    private final int maxDocFreq;
    /** Entry id by document number: reading stored fields cost a tenth of a millisecond per message. */
    private final String[] ids;
    private final ShortlistDictionary dictionary;

    private EntryShortlist(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        // In a few dozen entries every syllable is rare enough to tell them apart.
        this.maxDocFreq = reader.numDocs() <= SMALL ? reader.numDocs() : (int) Math.max(1, COMMON * reader.numDocs());
        this.dictionary = new ShortlistDictionary(searcher, FIELDS);
        this.ids = new String[reader.maxDoc()];
        StoredFields stored = searcher.storedFields();
        for (int doc = 0; doc < ids.length; doc++) {
            ids[doc] = stored.document(doc).get(ID);
        }
    }

    /** @param phrasings each entry's analysed phrasings (title, questions), by entry id */
    static EntryShortlist build(Map<String, List<AnalyzedText>> phrasings) {
        List<Map.Entry<String, List<AnalyzedText>>> entries = List.copyOf(phrasings.entrySet());
        int parts = (int) Math.min(Runtime.getRuntime().availableProcessors(), Math.ceil(entries.size() / (double) PART_SIZE));
        int partSize = (int) Math.ceil(entries.size() / (double) Math.max(1, parts));
        List<List<Map.Entry<String, List<AnalyzedText>>>> slices = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += partSize) {
            slices.add(entries.subList(from, Math.min(entries.size(), from + partSize)));
        }
        // Read in the order of the entries whichever part finishes first: the statistics are the index's
        // as a whole, so scores do not depend on the split, and ties keep resolving by entry order.
        List<DirectoryReader> readers = slices.parallelStream().map(EntryShortlist::part).toList();
        try {
            return new EntryShortlist(new IndexSearcher(new MultiReader(readers.toArray(IndexReader[]::new))));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the entry index failed", e);
        }
    }

    /** One segment of entry documents, in the given order. */
    private static DirectoryReader part(List<Map.Entry<String, List<AnalyzedText>>> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(256).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Map.Entry<String, List<AnalyzedText>> entry : entries) {
                    Document doc = new Document();
                    doc.add(new StoredField(ID, entry.getKey()));
                    for (String field : FIELDS) {
                        // each phrasing's tokens one after the other: shingles never join two questions
                        List<String> tokens = new ArrayList<>();
                        entry.getValue().forEach(phrasing -> tokens.addAll(IndexFields.tokens(field, phrasing)));
                        doc.add(new Field(field, new TermListTokenStream().replay(tokens), IndexFields.TERMS));
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
                writer.commit();
            }
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("building the entry index failed", e);
        }
    }

    /**
     * The best entries for the message with their entry-level BM25 scores, best first.
     *
     * @param texts the message's text and its alternative readings, analysed
     */
    Map<String, Float> shortlist(List<AnalyzedText> texts) {
        List<ShortlistDictionary.ScoredPostings> candidates = new ArrayList<>();
        for (String field : FIELDS) {
            Set<String> terms = new LinkedHashSet<>();
            for (AnalyzedText text : texts) {
                terms.addAll(IndexFields.tokens(field, text));
            }
            // Each term's score in each entry was computed when the index was built: nothing to look up or set up here.
            for (String t : terms) {
                ShortlistDictionary.ScoredPostings postings = dictionary.postings(field, t);
                if (postings != null) {
                    candidates.add(postings);
                }
            }
        }
        // A long story has a hundred terms; its rarest ones decide which entries are worth a look.
        candidates = byDocFreq(candidates);
        // Syllables in most entries rank nothing and cost the most: left out, unless the message has
        // hardly anything else ("lừa đảo thì sao"), where they are all there is to go on.
        int rare = 0;
        for (ShortlistDictionary.ScoredPostings candidate : candidates) {
            if (candidate.docFreq() <= maxDocFreq) {
                rare++;
            }
        }
        int kept = Math.min(candidates.size(), Math.min(MAX_TERMS, Math.max(rare, MIN_TERMS)));
        // Summed in double precision as Lucene's disjunctions sum their clauses, then read as a float: the
        // sum of a few dozen BM25 scores is exact in a double, so the order of the terms does not matter.
        double[] sums = new double[ids.length];
        boolean[] matched = new boolean[ids.length];
        for (int c = 0; c < kept; c++) {
            ShortlistDictionary.ScoredPostings postings = candidates.get(c);
            int[] docs = postings.docs();
            float[] scores = postings.scores();
            for (int i = 0; i < docs.length; i++) {
                sums[docs[i]] += scores[i];
                matched[docs[i]] = true;
            }
        }
        Map<String, Float> entries = new LinkedHashMap<>();
        for (long key : best(sums, matched)) {
            int doc = Integer.MAX_VALUE - (int) key;
            entries.put(ids[doc], (float) sums[doc]);
        }
        return entries;
    }

    /** Rarest first, in message order among equals (a stable sort by document frequency), on primitive keys. */
    private static List<ShortlistDictionary.ScoredPostings> byDocFreq(List<ShortlistDictionary.ScoredPostings> candidates) {
        long[] keys = new long[candidates.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) candidates.get(i).docFreq() << 32) | i;
        }
        Arrays.sort(keys);
        List<ShortlistDictionary.ScoredPostings> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(candidates.get((int) key));
        }
        return sorted;
    }

    /**
     * The best {@link #SIZE} matched entries, best first: higher score, then the lower document number, the order of
     * Lucene's top-score collector. Each as its float score's bits over the document number (scores are positive, so
     * their bits order as they do), kept sorted, highest first.
     */
    private static long[] best(double[] sums, boolean[] matched) {
        long[] top = new long[SIZE];
        int size = 0;
        for (int doc = 0; doc < sums.length; doc++) {
            if (!matched[doc]) {
                continue;
            }
            long key = ((long) Float.floatToIntBits((float) sums[doc]) << 32) | (Integer.MAX_VALUE - doc);
            if (size == SIZE && key <= top[SIZE - 1]) {
                continue;
            }
            int at = size == SIZE ? SIZE - 1 : size++;
            while (at > 0 && top[at - 1] < key) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = key;
        }
        return Arrays.copyOf(top, size);
    }
}
