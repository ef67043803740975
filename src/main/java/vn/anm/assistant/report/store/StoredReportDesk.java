package vn.anm.assistant.report.store;

import java.time.Instant;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.report.ReportRecord;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.ReportStatus;
import vn.anm.assistant.report.outbox.DeliveryRows;

/** {@link ReportDesk} over the database. */
@Component
class StoredReportDesk implements ReportDesk {

    private final ReportRows reports;
    private final DeliveryRows deliveries;

    StoredReportDesk(ReportRows reports, DeliveryRows deliveries) {
        this.reports = reports;
        this.deliveries = deliveries;
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
        return reports.close(reference, Instant.now())
                .then(reports.find(reference))
                .map(StoredReport::status);
    }
}
