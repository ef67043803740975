package vn.anm.assistant.report.store;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.PersonalDataDeleted;

/** Removes a reporter's draft and reports (deliveries and attempts go with them) in one transaction. */
@Component
class ReporterErasure {

    private final DraftStore drafts;
    private final ReportRows reports;
    private final TransactionalOperator transaction;

    ReporterErasure(DraftStore drafts, ReportRows reports, TransactionalOperator transaction) {
        this.drafts = drafts;
        this.reports = reports;
        this.transaction = transaction;
    }

    Mono<PersonalDataDeleted> eraseAllOf(String reporterRef) {
        return drafts.delete(reporterRef)
                .flatMap(draftCount -> reports.deleteOf(reporterRef)
                        .map(reportCount -> new PersonalDataDeleted(draftCount, reportCount)))
                .as(transaction::transactional);
    }
}
