package vn.anm.assistant.knowledge.index;

import java.util.Arrays;
import java.util.List;

/**
 * An entry's vocabulary as sorted syllable ids: every phrasing together, the keywords, the title and
 * the answer text. The matcher asks "does this entry use the message's syllable anywhere?" with a
 * binary search instead of a string lookup.
 */
record EntryProfile(String topicId, List<Variant> variants, int[] all, int[] allMarks, int[] keywords, int[] title, int[] answer) {

    /** The entry's phrasings' syllables, sorted, and the diacritics each is written with (0: none, or several ways). */
    static EntryProfile of(String topicId, List<Variant> variants, int[] keywords, int[] title, int[] answer) {
        java.util.TreeMap<Integer, Integer> marks = new java.util.TreeMap<>();
        for (Variant v : variants) {
            for (int k = 0; k < v.terms().length; k++) {
                marks.merge(v.terms()[k], v.marks()[k], (a, b) -> a.equals(b) ? a : 0);
            }
        }
        int[] all = marks.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] allMarks = marks.values().stream().mapToInt(Integer::intValue).toArray();
        return new EntryProfile(topicId, variants, all, allMarks, keywords, title, answer);
    }

    /** The diacritics id the entry writes a syllable with: 0 for none or several ways, -2 when the entry does not use it. */
    int marksOf(int id) {
        int at = id < 0 ? -1 : Arrays.binarySearch(all, id);
        return at >= 0 ? allMarks[at] : -2;
    }

    static boolean has(int[] sortedIds, int id) {
        return id >= 0 && Arrays.binarySearch(sortedIds, id) >= 0;
    }

    static int[] sortedDistinct(int[] ids) {
        return Arrays.stream(ids).filter(id -> id >= 0).sorted().distinct().toArray();
    }
}
