package vn.anm.assistant.knowledge.index;

/**
 * An entry found for a message: its entry-level BM25 score, its coverage confidence, the phrasing (title
 * or example question) that covers the message best, the decision model's probability that it is the
 * entry the message asks about, and the evidence behind it ({@link Evidence#NAMES}).
 */
public record TopicHit(String topicId, float score, double coverage, String matchedVariant, double probability, double[] evidence) {

    TopicHit withProbability(double p) {
        return new TopicHit(topicId, score, coverage, matchedVariant, p, evidence);
    }
}
