package vn.anm.assistant.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of the officers' queue: nothing that identifies the citizen (the commune and an amount are not enough). */
public record DeskRow(ReportReference reference, Instant submittedAt, String channel, @Nullable IncidentKind kind,
        CaseStatus caseStatus, ReportStatus delivery, @Nullable String commune, @Nullable Long moneyLostDong) {
}
