package vn.anm.assistant.report.store;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.report.ReportDraft;

/**
 * Reports filed before the desk existed have no plain commune and amount (they were only in the encrypted content):
 * fills them once after start, in the background. Idempotent; every instance may run it.
 */
@Component
class DeskIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(DeskIndexBackfill.class);

    private final DeskRows desk;
    private final ReportRows reports;

    DeskIndexBackfill(DeskRows desk, ReportRows reports) {
        this.desk = desk;
        this.reports = reports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        desk.notIndexed(10_000)
                .concatMap(this::index)
                .count()
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(n -> {
                    if (n > 0) {
                        log.info("Desk columns filled for {} older reports", n);
                    }
                }, e -> log.warn("Desk columns not filled for older reports, the next start retries: {}", e.toString()));
    }

    private Mono<Void> index(UUID id) {
        return reports.find(id).flatMap(report -> {
            ReportDraft content = report.content();
            return desk.index(id, content.answers().commune(), content.answers().moneyLost() == null ? null : content.answers().moneyLost().amountDong());
        });
    }
}
