package vn.anm.assistant.knowledge;

import java.time.Instant;

/** Published when an edit under knowledge-base/ was refused; the previous version keeps serving. */
public record KnowledgeBaseRejected(String problem, Instant at) {
}
