package vn.anm.assistant.report;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * What the chat intake uses: keep a draft between turns (it survives restarts and is shared by every
 * instance), commit it as a report, and delete everything a person left here.
 */
public interface ReportIntake {

    /** Stores the draft of {@code draft.reporter()}, replacing the previous one. */
    Mono<Void> saveDraft(ReportDraft draft);

    /** The reporter's draft, or empty. */
    Mono<ReportDraft> loadDraft(Reporter reporter);

    Mono<Void> deleteDraft(Reporter reporter);

    /**
     * Commits the report, its deliveries to every configured destination and the removal of the draft
     * in one transaction, then publishes {@link ReportSubmitted}. Fails with {@link IncompleteReport}
     * when the draft lacks consent or any account of what happened. Idempotent on the draft: submitting
     * the same draft again (same reporter and consent time), concurrently or later, on any instance,
     * files nothing more and returns the report already filed.
     */
    Mono<SubmittedReport> submit(ReportDraft draft);

    /**
     * The report this reporter filed last, if within {@code within}: a "Gửi" pressed again after the draft is
     * gone (a second tap, a platform's redelivery) is answered with the code already given.
     */
    Mono<SubmittedReport> lastSubmitted(Reporter reporter, Duration within);

    /** "Xóa dữ liệu của tôi": removes the reporter's draft and every report they submitted here, with its deliveries. */
    Mono<PersonalDataDeleted> deleteEverythingOf(Reporter reporter);
}
