package vn.anm.assistant.knowledge.index;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.analysis.PreparedText;
import vn.anm.assistant.knowledge.analysis.VietnameseText;

/**
 * Reads a message typed without diacritics with the knowledge base's own vocabulary (vietnamese-search.md §3):
 * a syllable is read as the knowledge base writes it only where a neighbour confirms it — "gia danh" is the
 * knowledge base's "giả danh", "lua dao" its "lừa đảo" — and then takes that pair's usual diacritics. A
 * syllable no neighbour confirms ("gia lua": the knowledge base has no such pair, it may be "giá lúa") is
 * marked {@link #UNCONFIRMED}: it matches a phrasing's syllable written with diacritics only at half weight,
 * like a syllable written with other diacritics.
 */
final class DiacriticsReading {

    /** The diacritics of a syllable no neighbour confirms. */
    static final String UNCONFIRMED = "?";
    /** A pair's reading is taken when this share of its occurrences in the knowledge base is written one way. */
    static final double DOMINANT = 0.8;
    /**
     * A syllable written without diacritics in a text typed with them, which the knowledge base writes with
     * diacritics elsewhere: it is that plain word ("mua"), not any of its marked look-alikes ("mưa").
     */
    static final String PLAIN = "-";
    /** A text is typed with diacritics when this share of its syllables that can carry them do. */
    static final double TYPED_WITH_DIACRITICS = 0.7;

    /** Folded pair "a b" → the diacritics of both syllables as the knowledge base writes them → count. */
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    /** Folded syllables the knowledge base writes with diacritics somewhere. */
    private final Map<String, Boolean> marked = new HashMap<>();

    void add(PreparedText phrasing) {
        List<String> folded = phrasing.foldedTerms();
        List<String> exact = phrasing.exactTerms();
        for (int i = 0; i < folded.size(); i++) {
            String marks = VietnameseText.marks(exact.get(i));
            marked.merge(folded.get(i), !marks.isEmpty(), Boolean::logicalOr);
            if (i + 1 < folded.size()) {
                String key = folded.get(i) + " " + folded.get(i + 1);
                pairs.computeIfAbsent(key, k -> new HashMap<>()).merge(marks + " " + VietnameseText.marks(exact.get(i + 1)), 1, Integer::sum);
            }
        }
    }

    /**
     * The message's distinct syllables with their diacritics: as written when the message has any, else as
     * read from the knowledge base's pairs.
     */
    Map<String, String> marksByTerm(PreparedText message) {
        Map<String, String> written = message.marksByTerm();
        List<String> folded = message.foldedTerms();
        if (written.values().stream().anyMatch(m -> !m.isEmpty())) {
            return asTyped(written);
        }
        if (folded.size() < 2) {
            return written;
        }
        Map<String, String> read = new LinkedHashMap<>();
        for (String term : written.keySet()) {
            read.put(term, marked.getOrDefault(term, false) ? UNCONFIRMED : "");
        }
        for (int i = 0; i + 1 < folded.size(); i++) {
            Map<String, Integer> readings = pairs.get(folded.get(i) + " " + folded.get(i + 1));
            if (readings == null) {
                continue;
            }
            int total = readings.values().stream().mapToInt(Integer::intValue).sum();
            String[] dominant = null;
            for (Map.Entry<String, Integer> r : readings.entrySet()) {
                if (r.getValue() >= DOMINANT * total) {
                    dominant = r.getKey().split(" ", -1);
                }
            }
            confirm(read, folded.get(i), dominant == null ? "" : dominant[0]);
            confirm(read, folded.get(i + 1), dominant == null ? "" : dominant[1]);
        }
        return read;
    }

    /**
     * The diacritics as written, where a text typed with diacritics writes a syllable the knowledge base marks
     * elsewhere without them: {@link #PLAIN}, so "mưa" and "mua" count as the different words they are. A text
     * typed mostly without them keeps "written without" (any reading).
     */
    Map<String, String> asTyped(Map<String, String> written) {
        int markable = 0;
        int marks = 0;
        for (Map.Entry<String, String> term : written.entrySet()) {
            if (marked.getOrDefault(term.getKey(), false)) {
                markable++;
                marks += term.getValue().isEmpty() ? 0 : 1;
            }
        }
        if (marks < 2 || marks < TYPED_WITH_DIACRITICS * markable) {
            return written;
        }
        Map<String, String> typed = new LinkedHashMap<>(written);
        typed.replaceAll((term, m) -> m.isEmpty() && marked.getOrDefault(term, false) ? PLAIN : m);
        return typed;
    }

    /** A syllable confirmed twice with different diacritics is read as either. */
    private static void confirm(Map<String, String> read, String term, String marks) {
        String known = read.get(term);
        read.put(term, known.equals(UNCONFIRMED) || known.equals(marks) ? marks : "");
    }
}
