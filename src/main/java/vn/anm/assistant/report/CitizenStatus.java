package vn.anm.assistant.report;

import java.time.Instant;

/** What the chat may tell the citizen who filed a report about it: no content, no officer, no note. */
public record CitizenStatus(ReportReference reference, Instant submittedAt, CaseStatus caseStatus, Instant changedAt) {
}
