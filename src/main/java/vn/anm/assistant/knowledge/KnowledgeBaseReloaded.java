package vn.anm.assistant.knowledge;

import java.time.Instant;

/** Published after an edit under knowledge-base/ was validated and swapped in. */
public record KnowledgeBaseReloaded(int topics, Instant at) {
}
