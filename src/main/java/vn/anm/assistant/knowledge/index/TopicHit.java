package vn.anm.assistant.knowledge.index;

/**
 * An entry found for a message: its entry-level BM25 score, its coverage confidence, the phrasing (title
 * or example question) that covers the message best, the decision model's probability that it is the
 * entry the message asks about, and the evidence behind it ({@link Evidence#NAMES}). {@code guardCoverage} is what
 * the answer's coverage guard reads: the coverage, or for a story the best coverage of one of its event sentences
 * when higher ({@link StorySentences}).
 */
public record TopicHit(String topicId, float score, double coverage, double guardCoverage, String matchedVariant, double probability,
        double[] evidence) {

    TopicHit withProbability(double p) {
        return new TopicHit(topicId, score, coverage, guardCoverage, matchedVariant, p, evidence);
    }
}
