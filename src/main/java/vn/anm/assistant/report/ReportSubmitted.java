package vn.anm.assistant.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Published after a report is committed (the forwarding does not depend on it: that is the outbox's
 * job). Holds no personal data.
 */
public record ReportSubmitted(ReportReference reference, String channel, @Nullable IncidentKind kind, Instant submittedAt) {
}
