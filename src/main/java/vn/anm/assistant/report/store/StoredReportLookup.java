package vn.anm.assistant.report.store;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.CitizenStatus;
import vn.anm.assistant.report.ReportLookup;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.Reporter;
import vn.anm.assistant.report.protection.ReporterRefs;

/** {@link ReportLookup} over the database: the row must be filed under the asking reporter's HMAC reference. */
@Component
class StoredReportLookup implements ReportLookup {

    private final ReportRows reports;
    private final DeskRows desk;
    private final ReporterRefs refs;

    StoredReportLookup(ReportRows reports, DeskRows desk, ReporterRefs refs) {
        this.reports = reports;
        this.desk = desk;
        this.refs = refs;
    }

    @Override
    public Mono<CitizenStatus> statusFor(Reporter reporter, ReportReference reference) {
        return Mono.defer(() -> reports.idFiledBy(reference, refs.refOf(reporter)))
                .flatMap(id -> reports.find(id).flatMap(report -> desk.caseStatus(id)
                        .flatMap(status -> desk.lastChange(id).defaultIfEmpty(report.submittedAt())
                                .map(changed -> new CitizenStatus(reference, report.submittedAt(), status, changed)))));
    }
}
