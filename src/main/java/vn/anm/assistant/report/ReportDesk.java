package vn.anm.assistant.report;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the moderation console uses: the officers' queue and its counts, a report decrypted with its status
 * history and delivery attempts, status changes, and forwarding a report kept while no destination was set.
 * The caller decides who may read and writes the audit log; this module keeps the data.
 */
public interface ReportDesk {

    Mono<ReportRecord> find(ReportReference reference);

    /** References of reports in a status, oldest first. */
    Flux<ReportReference> inStatus(ReportStatus status, int limit);

    /** Marks the report closed; the retention period counts from now. Empty if there is no such report. */
    Mono<ReportStatus> close(ReportReference reference);

    /** The queue, newest first, at most {@code limit} lines. */
    Flux<DeskRow> queue(DeskFilter filter, int limit);

    /** How many reports match the filter in each case status (the filter's own status ignored); every status present. */
    Mono<Map<CaseStatus, Long>> counts(DeskFilter filter);

    /** The communes/wards found in reports, sorted, for the queue's filter. */
    Mono<List<String>> communes();

    Mono<CaseStatus> caseStatus(ReportReference reference);

    /** Oldest first. */
    Flux<CaseChange> history(ReportReference reference);

    /** Every try to deliver the report, oldest first. */
    Flux<DeliveryAttempt> attempts(ReportReference reference);

    /**
     * Moves the report forward; fails with {@link CaseStatusRefused} for a move backwards or to the same status.
     * Closing also closes the report for the retention purge.
     */
    Mono<CaseChange> changeStatus(ReportReference reference, CaseStatus to, String officer, String note);

    /** Every report submitted between the two days (both included), for the dashboard's counts. */
    Flux<ReportTally> tallies(java.time.LocalDate from, java.time.LocalDate to);

    /** Destinations configured now (EMAIL, WEBHOOK); empty when reports stay in the database. */
    List<String> destinations();

    /**
     * Queues the report for every configured destination it has no delivery to yet (a report kept while none
     * was configured). Returns the destinations added; empty when there was nothing to add.
     */
    Mono<List<String>> forward(ReportReference reference);
}
