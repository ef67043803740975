package vn.anm.assistant.report.store;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.IncompleteReport;
import vn.anm.assistant.report.PersonalDataDeleted;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.ReportSubmitted;
import vn.anm.assistant.report.Reporter;
import vn.anm.assistant.report.SubmittedReport;
import vn.anm.assistant.report.protection.ReporterRefs;

/** {@link ReportIntake} over the database: rows are filed under the reporter's HMAC reference, contents encrypted. */
@Component
class StoredReportIntake implements ReportIntake {

    private static final Logger log = LoggerFactory.getLogger(StoredReportIntake.class);

    private final DraftStore drafts;
    private final ReportCommitter committer;
    private final ReporterErasure erasure;
    private final ReporterRefs refs;
    private final ApplicationEventPublisher events;
    private final ReportRows reports;
    private final Clock clock;

    StoredReportIntake(DraftStore drafts, ReportCommitter committer, ReporterErasure erasure, ReporterRefs refs,
            ApplicationEventPublisher events, ReportRows reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        this.drafts = drafts;
        this.committer = committer;
        this.erasure = erasure;
        this.refs = refs;
        this.events = events;
    }

    @Override
    public Mono<Void> saveDraft(ReportDraft draft) {
        return Mono.defer(() -> drafts.save(refs.refOf(draft.reporter()), draft.savedAt(clock.instant()))); // the store keeps the time
    }

    @Override
    public Mono<ReportDraft> loadDraft(Reporter reporter) {
        return Mono.defer(() -> drafts.load(refs.refOf(reporter)));
    }

    @Override
    public Mono<Void> deleteDraft(Reporter reporter) {
        return Mono.defer(() -> drafts.delete(refs.refOf(reporter))).then();
    }

    @Override
    public Mono<SubmittedReport> submit(ReportDraft draft) {
        return Mono.defer(() -> {
            if (!draft.saysWhatHappened()) {
                return Mono.error(new IncompleteReport("a report needs a type or an account of what happened"));
            }
            return committer.commit(refs.refOf(draft.reporter()), draft);
        }).doOnNext(filed -> {
            SubmittedReport submitted = filed.report();
            if (!filed.fresh()) {
                log.info("Report {} was already filed from this draft; shown again", submitted.reference());
                return;
            }
            log.info("Report {} committed from {}", submitted.reference(), draft.reporter().channel());
            events.publishEvent(new ReportSubmitted(submitted.reference(), draft.reporter().channel(), draft.answers().kind(),
                    submitted.submittedAt()));
        }).map(ReportCommitter.Filed::report);
    }

    @Override
    public Mono<SubmittedReport> lastSubmitted(Reporter reporter, Duration within) {
        return Mono.defer(() -> reports.lastFiledBy(refs.refOf(reporter), clock.instant().minus(within)));
    }

    @Override
    public Mono<PersonalDataDeleted> deleteEverythingOf(Reporter reporter) {
        return Mono.defer(() -> erasure.eraseAllOf(refs.refOf(reporter)))
                .doOnNext(deleted -> log.info("Deleted on request: {} draft(s), {} report(s) of {}", deleted.drafts(),
                        deleted.reports(), reporter));
    }
}
