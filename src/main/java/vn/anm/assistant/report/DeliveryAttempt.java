package vn.anm.assistant.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One try to hand a report to a destination: ACKNOWLEDGED or FAILED, with what went wrong (never the report's content). */
public record DeliveryAttempt(String destination, int attempt, Instant startedAt, Instant finishedAt, String outcome,
        @Nullable String detail) {
}
