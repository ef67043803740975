package vn.anm.assistant.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One status change on a report: the officer as the console names them, and their note (decrypted). */
public record CaseChange(Instant at, String officer, CaseStatus from, CaseStatus to, @Nullable String note) {
}
