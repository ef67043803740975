package vn.anm.assistant.report.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.CaseChange;
import vn.anm.assistant.report.CaseStatus;
import vn.anm.assistant.report.CaseStatusRefused;
import vn.anm.assistant.report.DeliveryAttempt;
import vn.anm.assistant.report.DeskFilter;
import vn.anm.assistant.report.DeskRow;
import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.report.ReportRecord;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.ReportStatus;
import vn.anm.assistant.report.outbox.DeliveryRows;
import vn.anm.assistant.report.outbox.Destinations;

/** {@link ReportDesk} over the database. */
@Component
class StoredReportDesk implements ReportDesk {

    private final ReportRows reports;
    private final DeliveryRows deliveries;
    private final DeskRows desk;
    private final Destinations destinations;
    private final TransactionalOperator transaction;
    private final Clock clock;

    StoredReportDesk(ReportRows reports, DeliveryRows deliveries, DeskRows desk, Destinations destinations,
            TransactionalOperator transaction, Clock clock) {
        this.reports = reports;
        this.deliveries = deliveries;
        this.desk = desk;
        this.destinations = destinations;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Mono<ReportRecord> find(ReportReference reference) {
        return reports.find(reference)
                .flatMap(report -> deliveries.statesOf(report.id()).collectList()
                        .map(states -> new ReportRecord(report.reference(), report.status(), report.submittedAt(),
                                report.content(), states)));
    }

    @Override
    public Flux<ReportReference> inStatus(ReportStatus status, int limit) {
        return reports.inStatus(status, limit);
    }

    @Override
    public Mono<ReportStatus> close(ReportReference reference) {
        return reports.close(reference, clock.instant())
                .then(reports.find(reference))
                .map(StoredReport::status);
    }

    @Override
    public Flux<DeskRow> queue(DeskFilter filter, int limit) {
        return desk.queue(filter, limit);
    }

    @Override
    public Mono<Map<CaseStatus, Long>> counts(DeskFilter filter) {
        return desk.counts(filter);
    }

    @Override
    public Mono<List<String>> communes() {
        return desk.communes();
    }

    @Override
    public Mono<CaseStatus> caseStatus(ReportReference reference) {
        return reports.idOf(reference).flatMap(desk::caseStatus);
    }

    @Override
    public Flux<CaseChange> history(ReportReference reference) {
        return reports.idOf(reference).flatMapMany(desk::history);
    }

    @Override
    public Flux<DeliveryAttempt> attempts(ReportReference reference) {
        return reports.idOf(reference).flatMapMany(deliveries::attemptsOf);
    }

    @Override
    public Mono<CaseChange> changeStatus(ReportReference reference, CaseStatus to, String officer, String note) {
        return reports.idOf(reference)
                .switchIfEmpty(Mono.error(() -> new CaseStatusRefused("Không có báo cáo " + reference + ".")))
                .flatMap(id -> desk.caseStatus(id).flatMap(from -> {
                    if (!from.mayMoveTo(to)) {
                        return Mono.error(new CaseStatusRefused("Báo cáo đang ở trạng thái “" + from.label()
                                + "”, không chuyển sang “" + to.label() + "” được."));
                    }
                    Instant now = clock.instant();
                    return desk.move(id, from, to)
                            .flatMap(moved -> moved == 1 ? Mono.just(moved)
                                    : Mono.error(new CaseStatusRefused("Báo cáo vừa được người khác đổi trạng thái. Hãy tải lại trang.")))
                            .then(to == CaseStatus.CLOSED ? reports.close(reference, now).then() : Mono.empty())
                            .then(desk.recordChange(id, now, officer, from, to, note))
                            .thenReturn(new CaseChange(now, officer, from, to, note.isBlank() ? null : note.strip()))
                            .as(transaction::transactional);
                }));
    }

    @Override
    public Flux<vn.anm.assistant.report.ReportTally> tallies(java.time.LocalDate from, java.time.LocalDate to) {
        return desk.tallies(from, to);
    }

    @Override
    public List<String> destinations() {
        return destinations.names();
    }

    @Override
    public Mono<List<String>> forward(ReportReference reference) {
        return reports.idOf(reference).flatMap(id -> deliveries.destinationsOf(id).flatMap(existing -> {
            List<String> missing = new ArrayList<>(destinations.names());
            missing.removeAll(existing);
            if (missing.isEmpty()) {
                return Mono.just(List.<String>of());
            }
            // two presses at once: the second finds the deliveries the first queued (unique per report and destination)
            return deliveries.enqueue(id, missing, clock.instant()).thenReturn(List.copyOf(missing))
                    .onErrorResume(org.springframework.dao.DuplicateKeyException.class, e -> Mono.just(List.<String>of()));
        })).defaultIfEmpty(List.of());
    }
}
