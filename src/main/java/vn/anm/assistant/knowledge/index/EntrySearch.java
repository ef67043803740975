package vn.anm.assistant.knowledge.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.analysis.AnalyzedText;

/**
 * The one search path, at every knowledge-base size: the entry shortlist's BM25 picks the entries worth
 * a closer look, then each shortlisted entry's phrasings are compared with the message and its
 * {@link Evidence} is gathered for the decision model. No per-question index: comparing a message
 * with the few hundred phrasings of twenty entries costs less than scoring the posting lists of common
 * syllables across every question (bench/BENCHMARKS.md).
 */
final class EntrySearch {

    /** A phrasing covering this much of the message counts as one that agrees. */
    static final double AGREEING = 0.35;
    static final int RARE = 3;

    private final EntryShortlist shortlist;
    private final Coverage coverage;
    private final Map<String, EntryProfile> profiles;

    EntrySearch(EntryShortlist shortlist, Map<String, EntryProfile> profiles, Coverage coverage) {
        this.shortlist = shortlist;
        this.coverage = coverage;
        this.profiles = profiles;
    }

    /**
     * Shortlisted entries with their evidence, in shortlist order.
     *
     * @param texts     the message's text, then its alternative readings, analysed
     * @param weighted  the message's syllables weighed for the coverage
     * @param sentences the message's sentences as syllable lists (one list for a one-sentence message)
     * @param excluded  a phrasing left out of the comparison (leave-one-out fitting), or null
     */
    List<TopicHit> hits(List<AnalyzedText> texts, WeightedMessage weighted, List<List<String>> sentences, String excluded) {
        Map<String, Float> shortlisted = shortlist.shortlist(texts);
        if (shortlisted.isEmpty() || weighted.weight() == 0) {
            return List.of();
        }
        float bestScore = 0;
        for (float score : shortlisted.values()) {
            bestScore = Math.max(bestScore, score);
        }
        int[] rare = weighted.rarest(RARE);
        int[][] sentenceIds = sentenceIds(sentences);
        double[][] sentenceWeights = sentenceWeights(sentenceIds);
        List<TopicHit> hits = new ArrayList<>(shortlisted.size());
        int[] at = new int[weighted.size()];
        double[] sums = new double[16];
        int events = weighted.sentences();
        double[] sentenceSums = new double[16 * events];
        for (Map.Entry<String, Float> entry : shortlisted.entrySet()) {
            EntryProfile profile = profiles.get(entry.getKey());
            List<Variant> variants = profile.variants();
            weighted.locate(profile, at);
            if (sums.length < variants.size()) {
                sums = new double[Math.max(variants.size(), 2 * sums.length)];
            }
            if (sentenceSums.length < variants.size() * events) {
                sentenceSums = new double[Math.max(variants.size() * events, 2 * sentenceSums.length)];
            }
            coverage.matched(weighted, profile, at, sums, sentenceSums);
            Variant best = null;
            double bestCoverage = -1;
            double bestQ = 0;
            double bestV = 0;
            double second = 0;
            int agreeing = 0;
            double eventCoverage = 0;
            for (int vi = 0; vi < variants.size(); vi++) {
                Variant variant = variants.get(vi);
                if (variant.text().equals(excluded)) {
                    continue;
                }
                double m = sums[vi];
                double q = Math.min(1, m / weighted.weight());
                double v = variant.weight() == 0 ? 0 : Math.min(1, m / variant.weight());
                double covered = Coverage.confidence(q, v);
                for (int s = 0; s < events; s++) { // a story: the phrasing against each event sentence alone
                    double sentenceWeight = weighted.sentenceWeight(s);
                    double inSentence = sentenceSums[vi * events + s];
                    if (sentenceWeight > 0 && variant.weight() > 0) {
                        eventCoverage = Math.max(eventCoverage,
                                Coverage.confidence(Math.min(1, inSentence / sentenceWeight), Math.min(1, inSentence / variant.weight())));
                    }
                }
                if (covered >= AGREEING) {
                    agreeing++;
                }
                if (covered > bestCoverage) {
                    second = Math.max(second, bestCoverage);
                    bestCoverage = covered;
                    best = variant;
                    bestQ = q;
                    bestV = v;
                } else if (covered > second) {
                    second = covered;
                }
            }
            if (best == null) {
                continue;
            }
            double share = entry.getValue() / bestScore;
            double[] x = new double[Evidence.SIZE];
            x[0] = bestCoverage;
            x[1] = bestQ;
            x[2] = bestV;
            x[3] = Math.max(0, second);
            x[4] = Math.log1p(agreeing);
            x[5] = share;
            // x[6], the lead over the other entries, is filled in once all are known
            x[7] = weighted.share(profile, at);
            x[8] = rareShare(rare, profile.all());
            x[9] = weighted.share(profile.keywords());
            x[10] = weighted.share(profile.title());
            x[11] = weighted.share(profile.answer());
            x[12] = eventShare(sentenceIds, sentenceWeights, profile.all());
            x[13] = weighted.unseenWeight() / weighted.weight();
            x[14] = Math.log1p(weighted.size());
            x[15] = bestCoverage * share * share;
            hits.add(new TopicHit(entry.getKey(), entry.getValue(), bestCoverage, Math.max(bestCoverage, eventCoverage), best.text(), 0, x));
        }
        for (TopicHit hit : hits) {
            double other = 0;
            for (TopicHit h : hits) {
                if (h != hit) {
                    other = Math.max(other, h.coverage());
                }
            }
            hit.evidence()[6] = hit.coverage() - other;
        }
        return hits;
    }

    private double[][] sentenceWeights(int[][] sentenceIds) {
        double[][] weights = new double[sentenceIds.length][];
        for (int s = 0; s < sentenceIds.length; s++) {
            int[] ids = sentenceIds[s];
            weights[s] = new double[ids.length];
            for (int i = 0; i < ids.length; i++) {
                weights[s][i] = coverage.idfOrUnseen(ids[i]);
            }
        }
        return weights;
    }

    /** The sentences' syllables as vocabulary ids (-1 for one no phrasing uses), looked up once for all entries. */
    private int[][] sentenceIds(List<List<String>> sentences) {
        int[][] ids = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            List<String> terms = sentences.get(s);
            ids[s] = new int[terms.size()];
            for (int i = 0; i < terms.size(); i++) {
                ids[s][i] = coverage.id(terms.get(i));
            }
        }
        return ids;
    }

    /** The best share of one sentence's weight the entry uses: a story's event sentence outweighs its narrative. */
    private static double eventShare(int[][] sentenceIds, double[][] weights, int[] entryTerms) {
        if (sentenceIds.length < 2) {
            return 0;
        }
        double best = 0;
        for (int s = 0; s < sentenceIds.length; s++) {
            int[] ids = sentenceIds[s];
            double total = 0;
            double found = 0;
            for (int i = 0; i < ids.length; i++) {
                total += weights[s][i];
                if (EntryProfile.has(entryTerms, ids[i])) {
                    found += weights[s][i];
                }
            }
            if (ids.length >= 3 && total > 0) {
                best = Math.max(best, found / total);
            }
        }
        return best;
    }

    private static double rareShare(int[] rare, int[] entryTerms) {
        if (rare.length == 0) {
            return 0;
        }
        int found = 0;
        for (int id : rare) {
            found += EntryProfile.has(entryTerms, id) ? 1 : 0;
        }
        return (double) found / rare.length;
    }
}
