package vn.anm.assistant.report.store;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.ReportProperties;

/**
 * Deletes closed reports once the retention period ({@code anm.report.retention}, 180 days by
 * default) has passed since they were closed, and drafts left untouched for
 * {@code anm.report.draft-retention}. Reports still open are never purged.
 */
@Component
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final ReportRows reports;
    private final DraftStore drafts;
    private final ReportProperties properties;
    private final Clock clock;

    RetentionPurge(ReportRows reports, DraftStore drafts, ReportProperties properties, Clock clock) {
        this.reports = reports;
        this.drafts = drafts;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${anm.report.purge-initial-delay:1m}", fixedDelayString = "${anm.report.purge-every:1h}")
    public Mono<Void> purgeNow() {
        return Mono.defer(() -> purgeAsOf(clock.instant()))
                .doOnNext(purged -> {
                    if (purged.reports() + purged.drafts() > 0) {
                        log.info("Retention purge: {} closed report(s), {} abandoned draft(s) deleted", purged.reports(),
                                purged.drafts());
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Retention purge failed, the next run retries: {}", e.toString());
                    return Mono.empty();
                })
                .then();
    }

    /** Purges as if it were {@code now}. */
    public Mono<Purged> purgeAsOf(Instant now) {
        return reports.deleteClosedBefore(now.minus(properties.retention()))
                .flatMap(reportCount -> drafts.deleteUntouchedSince(now.minus(properties.draftRetention()))
                        .map(draftCount -> new Purged(reportCount, draftCount)));
    }

    /** What one purge removed. */
    public record Purged(long reports, long drafts) {
    }
}
