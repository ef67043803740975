package vn.anm.assistant.moderation.desk;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.OfficerPresence;

/**
 * Tells the report module whether an enabled OFFICER account exists (an administrator alone does not count: the
 * promise to citizens is that an officer reads). Read from the accounts table at start and every 30 seconds, so a
 * new officer account on any instance turns the chat's report intake on within half a minute.
 */
@Component
public class OfficerAccounts implements OfficerPresence {

    private static final Logger log = LoggerFactory.getLogger(OfficerAccounts.class);

    private final DatabaseClient db;
    private final AtomicBoolean present = new AtomicBoolean();

    OfficerAccounts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public boolean officersReadReports() {
        return present.get();
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${anm.desk.officer-refresh:30s}")
    public Mono<Void> refresh() {
        return db.sql("SELECT COUNT(*) AS n FROM console_account WHERE disabled = FALSE AND roles LIKE '%OFFICER%'")
                .map(row -> ((Number) row.get("n")).longValue()).one()
                .doOnNext(n -> {
                    boolean now = n > 0;
                    if (present.getAndSet(now) != now) {
                        log.info(now ? "An officer account reads reports in the console: the chat takes reports"
                                : "No officer account any more: without a destination the chat stops taking reports");
                    }
                })
                .then()
                .onErrorResume(e -> {
                    log.warn("Officer accounts not counted, kept the last answer: {}", e.toString());
                    return Mono.empty();
                });
    }
}
