package vn.anm.assistant.knowledge.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases (folded syllable sequences) in a folded message in one pass: phrases are
 * indexed by their first syllable and, at each position, the longest one that fits wins.
 */
final class PhraseMatcher {

    record Match(int start, int length, int phrase) {
    }

    private final Map<String, List<int[]>> byFirstSyllable = new HashMap<>(); // syllable → {phrase index}
    private final List<String[]> phrases = new ArrayList<>();

    PhraseMatcher(List<List<String>> phraseList) {
        for (List<String> phrase : phraseList) {
            if (phrase.isEmpty()) {
                continue;
            }
            int index = phrases.size();
            phrases.add(phrase.toArray(String[]::new));
            byFirstSyllable.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(new int[] {index});
        }
    }

    /** Non-overlapping matches, left to right, longest first at each position. */
    List<Match> find(List<String> folded) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            List<int[]> candidates = byFirstSyllable.get(folded.get(i));
            Match best = null;
            if (candidates != null) {
                for (int[] candidate : candidates) {
                    String[] phrase = phrases.get(candidate[0]);
                    if ((best == null || phrase.length > best.length()) && fits(folded, i, phrase)) {
                        best = new Match(i, phrase.length, candidate[0]);
                    }
                }
            }
            if (best != null) {
                matches.add(best);
                i += best.length();
            } else {
                i++;
            }
        }
        return matches;
    }

    private static boolean fits(List<String> folded, int start, String[] phrase) {
        if (start + phrase.length > folded.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!phrase[k].equals(folded.get(start + k))) {
                return false;
            }
        }
        return true;
    }
}
