package vn.anm.assistant.report.store;

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
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportProperties;
import vn.anm.assistant.report.SubmittedReport;
import vn.anm.assistant.report.outbox.DeliveryRows;
import vn.anm.assistant.report.outbox.Destinations;

/**
 * Commits a report in one transaction: its reference code, the encrypted row, one outbox delivery per
 * configured destination, and the removal of the draft. Either all of it is stored or none. A
 * transaction that lost a race (first code of the day, lock timeout) is retried from the start.
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

    ReportCommitter(ReferenceCodes codes, ReportRows reports, DeliveryRows deliveries, Destinations destinations,
            DraftStore drafts, TransactionalOperator transaction, ReportProperties properties) {
        this.codes = codes;
        this.reports = reports;
        this.deliveries = deliveries;
        this.destinations = destinations;
        this.drafts = drafts;
        this.transaction = transaction;
        this.properties = properties;
    }

    Mono<SubmittedReport> commit(String reporterRef, ReportDraft draft) {
        return Mono.defer(() -> {
            Instant now = Instant.now();
            LocalDate day = LocalDate.ofInstant(now, properties.zone());
            UUID id = UUID.randomUUID();
            // the day's counter row stays locked until commit: take it as late as possible
            return drafts.delete(reporterRef)
                    .then(codes.next(day))
                    .flatMap(reference -> reports.insert(id, reference, reporterRef, draft, now)
                            .then(deliveries.enqueue(id, destinations.names(), now))
                            .thenReturn(new SubmittedReport(reference, now)))
                    .as(transaction::transactional);
        }).retryWhen(Retry.backoff(5, Duration.ofMillis(20)).filter(ReportCommitter::worthRetrying));
    }

    private static boolean worthRetrying(Throwable error) {
        return error instanceof DuplicateKeyException || error instanceof ConcurrencyFailureException
                || error instanceof TransientDataAccessException;
    }
}
