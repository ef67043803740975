package vn.anm.assistant.moderation.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit log: who did what to what, when, with the state before and after. */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String subject, @Nullable String before,
        @Nullable String after) {
}
