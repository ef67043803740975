package vn.anm.assistant.report;

import java.time.Instant;
import java.util.List;

/** A committed report as the console sees it: decrypted content, status and the state of each delivery. */
public record ReportRecord(ReportReference reference, ReportStatus status, Instant submittedAt, ReportDraft content,
        List<DeliveryState> deliveries) {

    public ReportRecord {
        deliveries = List.copyOf(deliveries);
    }
}
