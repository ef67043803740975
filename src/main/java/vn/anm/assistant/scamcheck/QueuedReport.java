package vn.anm.assistant.scamcheck;

import java.time.Instant;

/** A citizen's report waiting for a moderator; {@code value} is shown to the moderator only. {@code reports}: how many citizens reported the same item. */
public record QueuedReport(long id, ItemKind kind, String value, String channel, Instant reportedAt, long reports, long checks) {
}
