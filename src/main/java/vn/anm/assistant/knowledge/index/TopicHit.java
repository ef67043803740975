package vn.anm.assistant.knowledge.index;

/**
 * An entry found for a message: its best BM25 score over its variants, its coverage confidence, the
 * variant (title or example question) that covers the message best, and the ranking key combining
 * both ({@code coverage × (score / best score)²}).
 */
public record TopicHit(String topicId, float score, double coverage, String matchedVariant, double rank) {
}
