package vn.anm.assistant.report.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportProperties;
import vn.anm.assistant.report.SubmittedReport;
import vn.anm.assistant.report.outbox.DeliveryRows;
import vn.anm.assistant.report.outbox.Destinations;

/**
 * Commits a report in one transaction: its reference code, the encrypted row, one outbox delivery per
 * configured destination, and the removal of the draft. Either all of it is stored or none. Idempotent
 * on the draft (reporter and consent time, as {@code draft_key}): a second submission of the same draft
 * — "Gửi" pressed again, at once or later, on any instance — files nothing and returns the report
 * already filed, with its code. Concurrent submissions wait on the draft row's lock; the unique
 * {@code draft_key} stops any that get past it. A transaction that lost a race is retried from the start.
 */
@Component
class ReportCommitter {

    private final ReferenceCodes codes;
    private final ReportRows reports;
    private final DeliveryRows deliveries;
    private final Destinations destinations;
    private final DraftStore drafts;
    private final TransactionalOperator transaction;
    private final ReportProperties properties;
    private final DataProtection protection;
    private final Clock clock;

    ReportCommitter(ReferenceCodes codes, ReportRows reports, DeliveryRows deliveries, Destinations destinations,
            DraftStore drafts, TransactionalOperator transaction, ReportProperties properties, DataProtection protection, Clock clock) {
        this.codes = codes;
        this.reports = reports;
        this.deliveries = deliveries;
        this.destinations = destinations;
        this.drafts = drafts;
        this.transaction = transaction;
        this.properties = properties;
        this.protection = protection;
        this.clock = clock;
    }

    /** A report from {@link #commit}: {@code fresh} when this call filed it, not when it found it filed already. */
    record Filed(SubmittedReport report, boolean fresh) {
    }

    Mono<Filed> commit(String reporterRef, ReportDraft draft) {
        String draftKey = protection.pseudonym("report-draft:" + reporterRef + ":" + draft.consentAt().toEpochMilli());
        return Mono.defer(() -> reports.filedFrom(draftKey).map(existing -> new Filed(existing, false))
                .switchIfEmpty(Mono.defer(() -> drafts.lockForSubmit(reporterRef)
                        // the lock waited for another submission of this draft: it may have filed it meanwhile
                        .flatMap(locked -> reports.filedFrom(draftKey).map(existing -> new Filed(existing, false))
                                .switchIfEmpty(Mono.defer(() -> file(reporterRef, draftKey, draft))))
                        .as(transaction::transactional))))
                .retryWhen(Retry.backoff(5, Duration.ofMillis(20)).filter(ReportCommitter::worthRetrying));
    }

    private Mono<Filed> file(String reporterRef, String draftKey, ReportDraft draft) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, properties.zone());
        UUID id = UUID.randomUUID();
        // the day's counter row stays locked until commit: take it as late as possible
        return drafts.delete(reporterRef)
                .then(codes.next(day))
                .flatMap(reference -> reports.insert(id, reference, reporterRef, draftKey, draft, now)
                        .then(deliveries.enqueue(id, destinations.names(), now))
                        .thenReturn(new Filed(new SubmittedReport(reference, now), true)));
    }

    private static boolean worthRetrying(Throwable error) {
        return error instanceof DuplicateKeyException || error instanceof ConcurrencyFailureException
                || error instanceof TransientDataAccessException;
    }
}
