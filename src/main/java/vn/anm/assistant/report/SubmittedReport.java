package vn.anm.assistant.report;

import java.time.Instant;

/** A report committed to the database: only now may the reply show its reference code. */
public record SubmittedReport(ReportReference reference, Instant submittedAt) {
}
