package vn.anm.assistant.knowledge.index;

/** An entry found for a message: its best BM25 score over its variants and its coverage confidence. */
public record TopicHit(String topicId, float score, double coverage) {
}
