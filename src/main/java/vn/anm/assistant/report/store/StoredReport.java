package vn.anm.assistant.report.store;

import java.time.Instant;
import java.util.UUID;

import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.ReportStatus;

/** A row of {@code incident_report}, its content decrypted. */
public record StoredReport(UUID id, ReportReference reference, String channel, ReportStatus status,
        Instant submittedAt, ReportDraft content) {

    @Override
    public String toString() {
        return "StoredReport[" + reference + ", " + status + "]";
    }
}
