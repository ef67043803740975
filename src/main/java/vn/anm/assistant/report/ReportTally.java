package vn.anm.assistant.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One report as the dashboard counts it: the day (province time), kind, commune and money lost; nothing else. */
public record ReportTally(LocalDate day, @Nullable IncidentKind kind, @Nullable String commune, @Nullable Long moneyLostDong) {
}
