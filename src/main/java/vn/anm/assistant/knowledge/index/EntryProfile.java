package vn.anm.assistant.knowledge.index;

import java.util.Arrays;
import java.util.List;

/**
 * An entry's vocabulary as sorted syllable ids: every phrasing together, the keywords, the title and
 * the answer text. The matcher asks "does this entry use the message's syllable anywhere?" with a
 * binary search instead of a string lookup, and, for each of the entry's syllables, which of its phrasings
 * use it (the postings): comparing a message with every phrasing of the entry then walks the message's few
 * syllables once, not every phrasing's syllables ({@link Coverage#matched(WeightedMessage, EntryProfile, int[], double[])}).
 *
 * @param postingStarts   for the syllable at index t of {@code all}, its postings run from {@code postingStarts[t]}
 *                        to {@code postingStarts[t + 1]}
 * @param postingVariants per posting, the index of the phrasing in {@code variants}
 * @param postingMarks    per posting, the diacritics id that phrasing writes the syllable with
 */
record EntryProfile(String topicId, List<Variant> variants, int[] all, int[] allMarks, int[] keywords, int[] title, int[] answer,
        int[] postingStarts, int[] postingVariants, int[] postingMarks) {

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
        int[] starts = new int[all.length + 1];
        for (Variant v : variants) {
            for (int id : v.terms()) {
                starts[Arrays.binarySearch(all, id) + 1]++;
            }
        }
        for (int t = 0; t < all.length; t++) {
            starts[t + 1] += starts[t];
        }
        int[] postingVariants = new int[starts[all.length]];
        int[] postingMarks = new int[postingVariants.length];
        int[] next = Arrays.copyOf(starts, all.length);
        for (int vi = 0; vi < variants.size(); vi++) {
            Variant v = variants.get(vi);
            for (int k = 0; k < v.terms().length; k++) {
                int p = next[Arrays.binarySearch(all, v.terms()[k])]++;
                postingVariants[p] = vi;
                postingMarks[p] = v.marks()[k];
            }
        }
        return new EntryProfile(topicId, variants, all, allMarks, keywords, title, answer, starts, postingVariants, postingMarks);
    }

    /** The diacritics id the entry writes a syllable with: 0 for none or several ways, -2 when the entry does not use it. */
    int marksOf(int id) {
        int at = id < 0 ? -1 : Arrays.binarySearch(all, id);
        return at >= 0 ? allMarks[at] : -2;
    }

    /** The index in {@code all} of a vocabulary id, or -1 when the entry's phrasings do not use it (or for -1). */
    int indexOf(int id) {
        int at = id < 0 ? -1 : Arrays.binarySearch(all, id);
        return at >= 0 ? at : -1;
    }

    static boolean has(int[] sortedIds, int id) {
        return id >= 0 && Arrays.binarySearch(sortedIds, id) >= 0;
    }

    static int[] sortedDistinct(int[] ids) {
        return Arrays.stream(ids).filter(id -> id >= 0).sorted().distinct().toArray();
    }
}
