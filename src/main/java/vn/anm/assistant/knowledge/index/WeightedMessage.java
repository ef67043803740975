package vn.anm.assistant.knowledge.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.analysis.PreparedText;

/**
 * A message's distinct folded syllables with their IDF, worked out once per message: the matcher
 * compares one message with hundreds of variants, and each comparison then only looks up the
 * variant's few syllables in a small table instead of walking the whole message again.
 */
final class WeightedMessage {

    private final Coverage coverage;
    private final String[] terms;
    private final int[] marks;
    private final double[] idf;
    /** Per event sentence of a story ({@link StorySentences#events}), whether each position's syllable is in it. */
    private final boolean[][] inSentence;
    /** Vocabulary id by position, -1 for a syllable the index has never seen. */
    private final int[] ids;
    private final double unseenWeight;
    /** Open addressing, vocabulary id + 1 → message position: a handful of array reads per variant syllable. */
    private final int[] slotIds;
    private final int[] slotPositions;
    private final int mask;
    /** Positions of syllables the index has never seen: candidates for a typo match. */
    private final int[] unseen;
    private final double weight;
    /** Per event sentence, the weight of its syllables. */
    private final double[] sentenceWeight;
    /** Per event sentence, the weight of its syllables the last {@link Coverage#matched} variant matches (scratch, one thread). */
    private final double[] sentenceMatched;
    /** Per unseen syllable, which vocabulary syllables are one edit away (many variants share syllables). */
    private final List<Map<Integer, Boolean>> nearMemo;

    /** @param marksByTerm the message's distinct folded syllables, in order, with their diacritics ({@link PreparedText#marksByTerm}) */
    WeightedMessage(Map<String, String> marksByTerm, Coverage coverage) {
        this(marksByTerm, List.of(), coverage);
    }

    /**
     * @param marksByTerm the message's distinct folded syllables, in order, with their diacritics ({@link PreparedText#marksByTerm})
     * @param events      a story's event sentences as folded syllables ({@link StorySentences#events}), each also compared on its own
     */
    WeightedMessage(Map<String, String> marksByTerm, List<List<String>> events, Coverage coverage) {
        this.coverage = coverage;
        int n = marksByTerm.size();
        terms = new String[n];
        marks = new int[n];
        boolean[] guessed = new boolean[n];
        int next = 0;
        for (Map.Entry<String, String> term : marksByTerm.entrySet()) {
            terms[next] = term.getKey();
            guessed[next] = DiacriticsReading.UNCONFIRMED.equals(term.getValue());
            marks[next++] = coverage.markId(term.getValue());
        }
        idf = new double[n];
        inSentence = new boolean[events.size()][n];
        sentenceWeight = new double[events.size()];
        sentenceMatched = new double[events.size()];
        ids = new int[n];
        int slots = Integer.highestOneBit(Math.max(4, n * 4 - 1)) << 1;
        slotIds = new int[slots];
        slotPositions = new int[slots];
        mask = slots - 1;
        List<Integer> unseenPositions = new ArrayList<>();
        double sum = 0;
        double unseenSum = 0;
        for (int i = 0; i < n; i++) {
            int id = coverage.id(terms[i]);
            ids[i] = id;
            idf[i] = id >= 0 ? coverage.idf(id) : coverage.idf(terms[i]);
            for (int s = 0; s < events.size(); s++) {
                if (events.get(s).contains(terms[i])) {
                    inSentence[s][i] = true;
                    sentenceWeight[s] += idf[i];
                }
            }
            sum += idf[i]; // summed in message order, as the coverage always has
            if (id >= 0) {
                put(id, i);
                if (!guessed[i] && coverage.otherWord(id, marks[i])) { // the letters are known, the word as written is not
                    unseenSum += idf[i];
                }
            } else {
                unseenSum += idf[i];
                if (terms[i].length() >= 3) {
                    unseenPositions.add(i);
                }
            }
        }
        weight = sum;
        unseenWeight = unseenSum;
        unseen = unseenPositions.stream().mapToInt(Integer::intValue).toArray();
        nearMemo = new ArrayList<>(unseen.length);
        for (int i = 0; i < unseen.length; i++) {
            nearMemo.add(new HashMap<>());
        }
    }

    double weight() {
        return weight;
    }

    /** How many event sentences the message has (0 unless it is a story). */
    int sentences() {
        return sentenceWeight.length;
    }

    /** The weight of an event sentence's syllables. */
    double sentenceWeight(int sentence) {
        return sentenceWeight[sentence];
    }

    /** Whether the syllable at a message position is in an event sentence. */
    boolean inSentence(int sentence, int position) {
        return inSentence[sentence][position];
    }

    /** Per event sentence, what the last {@link Coverage#matched} variant matched of it. */
    double[] sentenceMatched() {
        return sentenceMatched;
    }

    /** Distinct syllables of the message. */
    int size() {
        return terms.length;
    }

    /** The weight of the syllables no phrasing uses, as written ("lúa" where the phrasings only say "lừa"). */
    double unseenWeight() {
        return unseenWeight;
    }

    /** The share of the message's weight whose syllables are among the given sorted vocabulary ids. */
    double share(int[] sortedIds) {
        if (weight == 0 || sortedIds.length == 0) {
            return 0;
        }
        double found = 0;
        for (int i = 0; i < ids.length; i++) {
            if (EntryProfile.has(sortedIds, ids[i])) {
                // diacritics no phrasing uses (or a reading no neighbour confirms): maybe another word, half
                found += marks[i] == -1 ? Coverage.OTHER_WORD_SHARE * idf[i] : idf[i];
            }
        }
        return found / weight;
    }

    /** The share of the message's weight the entry's phrasings use, a syllable written with other diacritics counting half. */
    double share(EntryProfile entry) {
        if (weight == 0) {
            return 0;
        }
        double found = 0;
        for (int i = 0; i < ids.length; i++) {
            int entryMarks = entry.marksOf(ids[i]);
            if (entryMarks != -2) {
                found += differentlyMarked(i, entryMarks) ? Coverage.OTHER_WORD_SHARE * idf[i] : idf[i];
            }
        }
        return found / weight;
    }

    /** Fills {@code at} (one per position) with each syllable's index in the entry's {@link EntryProfile#all()}, or -1. */
    void locate(EntryProfile entry, int[] at) {
        for (int i = 0; i < ids.length; i++) {
            at[i] = entry.indexOf(ids[i]);
        }
    }

    /** {@link #share(EntryProfile)} from the positions {@link #locate} found in the entry. */
    double share(EntryProfile entry, int[] at) {
        if (weight == 0) {
            return 0;
        }
        int[] allMarks = entry.allMarks();
        double found = 0;
        for (int i = 0; i < ids.length; i++) {
            if (at[i] >= 0) {
                found += differentlyMarked(i, allMarks[at[i]]) ? Coverage.OTHER_WORD_SHARE * idf[i] : idf[i];
            }
        }
        return found / weight;
    }

    /** Vocabulary ids of the message's n rarest known syllables (highest IDF). */
    int[] rarest(int n) {
        Integer[] order = new Integer[ids.length];
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0) {
                order[count++] = i;
            }
        }
        java.util.Arrays.sort(order, 0, count, (a, b) -> Double.compare(idf[b], idf[a]));
        int[] result = new int[Math.min(n, count)];
        for (int i = 0; i < result.length; i++) {
            result[i] = ids[order[i]];
        }
        return result;
    }

    /**
     * Whether the syllable at a message position is written with other diacritics than the variant's:
     * then it is another word that only looks alike without them (giá / giả).
     */
    boolean differentlyMarked(int position, int variantMarks) {
        // A syllable without diacritics may come from a text typed without them: it stands for any
        // (measured better than trusting it in texts otherwise typed with diacritics, docs/evaluation.md).
        int written = marks[position];
        return written != 0 && variantMarks != 0 && written != variantMarks;
    }

    /** The message position of a vocabulary syllable, or -1. */
    int position(int id) {
        for (int slot = slot(id); slotIds[slot] != 0; slot = (slot + 1) & mask) {
            if (slotIds[slot] == id + 1) {
                return slotPositions[slot];
            }
        }
        return -1;
    }

    /** The syllables the index has never seen (three letters or more): the ones worth a fuzzy lookup. */
    List<String> unseenTerms() {
        List<String> unseenTerms = new ArrayList<>(unseen.length);
        for (int position : unseen) {
            unseenTerms.add(terms[position]);
        }
        return unseenTerms;
    }

    /** Scratch space for {@link Coverage#matched}: one message is compared with hundreds of variants on one thread. */
    private int[] positions = new int[0];
    private double[] gains = new double[0];

    int[] positions(int size) {
        if (positions.length < size) {
            positions = new int[Math.max(size, 2 * positions.length)];
            gains = new double[positions.length];
        }
        return positions;
    }

    /** The gains beside {@link #positions(int)}, at least as long (call that first). */
    double[] gains() {
        return gains;
    }

    int unseenCount() {
        return unseen.length;
    }

    int unseenPosition(int k) {
        return unseen[k];
    }

    /** The first of the variant's syllables one edit away from the k-th unseen syllable, or -1. */
    int nearTypo(int k, int[] variantTerms) {
        String term = terms[unseen[k]];
        Map<Integer, Boolean> memo = nearMemo.get(k);
        for (int id : variantTerms) {
            String candidate = coverage.term(id);
            if (candidate.length() < 3 || Math.abs(candidate.length() - term.length()) > 1) {
                continue;
            }
            if (memo.computeIfAbsent(id, c -> Coverage.withinOneEdit(term, candidate))) {
                return id;
            }
        }
        return -1;
    }

    private void put(int id, int position) {
        int slot = slot(id);
        while (slotIds[slot] != 0) {
            if (slotIds[slot] == id + 1) {
                return; // distinct terms: not reached, but the first position would win
            }
            slot = (slot + 1) & mask;
        }
        slotIds[slot] = id + 1;
        slotPositions[slot] = position;
    }

    private int slot(int id) {
        int h = id * 0x9E3779B1;
        return (h ^ (h >>> 16)) & mask;
    }
}
