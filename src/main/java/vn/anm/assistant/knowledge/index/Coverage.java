package vn.anm.assistant.knowledge.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.analysis.PreparedText;

/**
 * A bounded confidence (vietnamese-search.md §6): how much of the message a variant covers (qCov)
 * and how much of the variant the message covers (vCov), weighted by IDF. vCov rescues long stories
 * that contain a whole example question; qCov rescues short messages. Weights are IDF over the
 * indexed variants; an unseen syllable weighs most, so words the knowledge base never uses pull
 * the confidence down. The variants' syllables are numbered (the vocabulary) so that comparing a
 * message with hundreds of variants reads arrays, not strings.
 */
final class Coverage {

    static final double TYPO_SHARE = 0.5;
    static final double OTHER_WORD_SHARE = 0.5;

    /** Diacritics → a small id, 1 up; 0 stands for "any" (written without diacritics, or two ways). */
    private final Map<String, Integer> markIds = new HashMap<>();
    private final Map<String, Integer> ids;
    private final String[] terms;
    private final double[] idfs;
    private final double unseenIdf;
    /** Each syllable's diacritics as phrasings typed with diacritics write it: vocabulary id × 2^16 + diacritics id. */
    private final java.util.Set<Long> writtenForms = new java.util.HashSet<>();
    /** Syllables some phrasing writes with diacritics (or written plainly in a text typed with them). */
    private final java.util.BitSet markedSyllables = new java.util.BitSet();

    Coverage(Map<String, Integer> documentFrequency, int documents) {
        int n = Math.max(1, documents);
        this.ids = new HashMap<>(documentFrequency.size() * 2);
        this.terms = new String[documentFrequency.size()];
        this.idfs = new double[documentFrequency.size()];
        documentFrequency.forEach((term, df) -> {
            int id = ids.size();
            ids.put(term, id);
            terms[id] = term;
            idfs[id] = idf(df, n);
        });
        this.unseenIdf = idf(0, n);
    }

    /** The vocabulary id of a syllable, or -1 when no variant has it. */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    String term(int id) {
        return terms[id];
    }

    double idf(String term) {
        Integer id = ids.get(term);
        return id == null ? unseenIdf : idfs[id];
    }

    double idf(int id) {
        return idfs[id];
    }

    /** {@link #idf(String)} by vocabulary id: -1 (a syllable no variant has) weighs as unseen. */
    double idfOrUnseen(int id) {
        return id < 0 ? unseenIdf : idfs[id];
    }

    /** Ids of a variant's syllables, all of them in the vocabulary. */
    int[] ids(Iterable<String> variantTerms, int size) {
        int[] result = new int[size];
        int i = 0;
        for (String term : variantTerms) {
            result[i++] = ids.get(term);
        }
        return result;
    }

    /**
     * The id of a syllable's diacritics as written in a question ({@link vn.anm.assistant.knowledge.analysis.VietnameseText#marks}),
     * handed out while the index is built: 0 when there are none or several ways, else 1 up.
     */
    int registerMarks(String marks) {
        return isAny(marks) ? 0 : markIds.computeIfAbsent(marks, k -> markIds.size() + 1);
    }

    /** Notes how a phrasing writes one of its syllables; diacritics id 0 (written without, or two ways) tells nothing. */
    void registerForm(int id, int marksId) {
        if (marksId != 0) {
            writtenForms.add(((long) id << 16) | marksId);
            markedSyllables.set(id);
        }
    }

    /**
     * Whether a message syllable, written with these diacritics, is a word no phrasing uses although the
     * knowledge base writes its letters with other diacritics: "lúa" or "mưa" where the phrasings say "lừa", "mua".
     */
    boolean otherWord(int id, int marksId) {
        return id >= 0 && marksId != 0 && markedSyllables.get(id) && (marksId == -1 || !writtenForms.contains(((long) id << 16) | marksId));
    }

    /** The id of a message syllable's diacritics: as {@link #registerMarks}, and -1 for diacritics no question uses. */
    int markId(String marks) {
        return isAny(marks) ? 0 : markIds.getOrDefault(marks, -1);
    }

    private static boolean isAny(String marks) {
        return marks.isEmpty() || marks.equals(PreparedText.WRITTEN_TWO_WAYS);
    }

    /** A variant's weight: its syllables' IDF, summed in their order. */
    double weight(int[] variantTerms) {
        double sum = 0;
        for (int id : variantTerms) {
            sum += idfs[id];
        }
        return sum;
    }

    /**
     * How well a variant covers the message: the matched syllables' IDF in message order, a typo of a
     * variant syllable counting half, over the message's weight (qCov) and over the variant's (vCov).
     */
    double of(WeightedMessage message, Variant variant) {
        if (message.weight() == 0 || variant.weight() == 0) {
            return 0;
        }
        double matched = matched(message, variant);
        return confidence(Math.min(1, matched / message.weight()), Math.min(1, matched / variant.weight()));
    }

    /** The bounded confidence from the share of the message covered (qCov) and of the variant (vCov). */
    static double confidence(double qCov, double vCov) {
        return Math.max(qCov, vCov) * Math.min(1, 2 * Math.min(qCov, vCov) + 0.5);
    }

    /** The IDF of the message's syllables the variant matches, a typo or another word's diacritics counting half. */
    double matched(WeightedMessage message, Variant variant) {
        int[] variantTerms = variant.terms();
        // reused per message: a new pair of arrays per variant was a third of what matching allocated
        int[] positions = message.positions(variantTerms.length + message.unseenCount());
        double[] gains = message.gains();
        int count = 0;
        for (int k = 0; k < variantTerms.length; k++) {
            int id = variantTerms[k];
            int position = message.position(id);
            if (position >= 0) { // a syllable that matches only without its diacritics is weaker evidence, like a typo
                positions[count] = position;
                gains[count++] = message.differentlyMarked(position, variant.marks()[k]) ? OTHER_WORD_SHARE * idfs[id] : idfs[id];
            }
        }
        for (int k = 0; k < message.unseenCount(); k++) {
            int near = message.nearTypo(k, variantTerms);
            if (near >= 0) { // a typo is weaker evidence: half, and weighed as the word it stands for
                positions[count] = message.unseenPosition(k);
                gains[count++] = TYPO_SHARE * idfs[near];
            }
        }
        sortByPosition(positions, gains, count);
        double matched = 0;
        for (int i = 0; i < count; i++) { // in message order, so the sum is the same to the last bit on every path
            matched += gains[i];
        }
        double[] bySentence = message.sentenceMatched(); // a story's event sentences, each on its own (the coverage guard)
        for (int s = 0; s < bySentence.length; s++) {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                if (message.inSentence(s, positions[i])) {
                    sum += gains[i];
                }
            }
            bySentence[s] = sum;
        }
        return matched;
    }

    /**
     * {@link #matched(WeightedMessage, Variant)} for every phrasing of an entry at once, into {@code sums} (by the
     * phrasing's index in the entry): the message's syllables are walked once, in message order, each adding its gain
     * to the phrasings that use it (the entry's postings), so every sum is the same to the last bit as the
     * phrasing-by-phrasing one, for a fraction of its lookups.
     *
     * A story's event sentences are summed the same way, each on its own (the coverage guard), into
     * {@code sentenceSums[phrasing * sentences + sentence]}.
     *
     * @param at each message position's index in the entry's {@link EntryProfile#all()}, or -1 ({@link WeightedMessage#locate})
     */
    void matched(WeightedMessage message, EntryProfile entry, int[] at, double[] sums, double[] sentenceSums) {
        List<Variant> variants = entry.variants();
        java.util.Arrays.fill(sums, 0, variants.size(), 0.0);
        int events = message.sentences();
        java.util.Arrays.fill(sentenceSums, 0, variants.size() * events, 0.0);
        int[] all = entry.all();
        int[] starts = entry.postingStarts();
        int[] postingVariants = entry.postingVariants();
        int[] postingMarks = entry.postingMarks();
        int unseen = 0;
        int unseenCount = message.unseenCount();
        for (int i = 0; i < at.length; i++) {
            int t = at[i];
            if (t >= 0) {
                double idf = idfs[all[t]];
                for (int p = starts[t]; p < starts[t + 1]; p++) {
                    double gain = message.differentlyMarked(i, postingMarks[p]) ? OTHER_WORD_SHARE * idf : idf;
                    sums[postingVariants[p]] += gain;
                    for (int s = 0; s < events; s++) {
                        if (message.inSentence(s, i)) {
                            sentenceSums[postingVariants[p] * events + s] += gain;
                        }
                    }
                }
            } else if (unseen < unseenCount && message.unseenPosition(unseen) == i) {
                int k = unseen++;
                for (int v = 0; v < variants.size(); v++) {
                    int near = message.nearTypo(k, variants.get(v).terms());
                    if (near >= 0) {
                        double gain = TYPO_SHARE * idfs[near];
                        sums[v] += gain;
                        for (int s = 0; s < events; s++) {
                            if (message.inSentence(s, i)) {
                                sentenceSums[v * events + s] += gain;
                            }
                        }
                    }
                }
            }
        }
    }

    /** Insertion sort: a variant matches a handful of syllables. */
    private static void sortByPosition(int[] positions, double[] gains, int count) {
        for (int i = 1; i < count; i++) {
            int p = positions[i];
            double g = gains[i];
            int j = i - 1;
            while (j >= 0 && positions[j] > p) {
                positions[j + 1] = positions[j];
                gains[j + 1] = gains[j];
                j--;
            }
            positions[j + 1] = p;
            gains[j + 1] = g;
        }
    }

    private static double idf(int df, int n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
