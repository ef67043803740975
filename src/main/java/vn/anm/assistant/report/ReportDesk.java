package vn.anm.assistant.report;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the moderation console uses: look reports up, see how forwarding stands, close them. */
public interface ReportDesk {

    Mono<ReportRecord> find(ReportReference reference);

    /** References of reports in a status, oldest first. */
    Flux<ReportReference> inStatus(ReportStatus status, int limit);

    /** Marks the report closed; the retention period counts from now. Empty if there is no such report. */
    Mono<ReportStatus> close(ReportReference reference);
}
