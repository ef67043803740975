package vn.anm.assistant.alert.store;

import static vn.anm.assistant.storage.SqlTimestamps.at;
import static vn.anm.assistant.storage.SqlTimestamps.instant;
import static vn.anm.assistant.storage.SqlTimestamps.nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.alert.AlertDraft;
import vn.anm.assistant.alert.AlertRefused;
import vn.anm.assistant.alert.LocalAlert;
import vn.anm.assistant.alert.LocalAlerts;

/**
 * {@link LocalAlerts} in {@code local_alert}. The chat asks for the active alerts on every message, so the current
 * and coming ones are kept for a few seconds per instance ({@code CACHE}); validity is checked against the clock on
 * every read, so an alert past its end is never shown even from the cache. Publishing or withdrawing here clears it.
 */
@Component
class StoredLocalAlerts implements LocalAlerts {

    private static final Duration CACHE = Duration.ofSeconds(5);
    private static final String COLUMNS = "id, title, body, valid_from, valid_until, topic, communes, author, created_at, withdrawn_at";

    private record Cached(Instant loadedAt, List<LocalAlert> alerts) {
    }

    private final DatabaseClient db;
    private final MeterRegistry meters;
    private final Clock clock;
    private volatile @Nullable Cached cached;

    StoredLocalAlerts(DatabaseClient db, MeterRegistry meters, Clock clock) {
        this.db = db;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public Mono<LocalAlert> publish(AlertDraft draft, String author) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return Mono.error(new AlertRefused(problems));
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        LocalAlert alert = new LocalAlert(id, draft.title(), draft.text(), draft.validFrom(), draft.validUntil(), draft.topic(),
                draft.communes(), author, now, null);
        return db.sql("""
                INSERT INTO local_alert (id, title, body, valid_from, valid_until, topic, communes, author, created_at)
                VALUES (:id, :title, :body, :from, :until, :topic, :communes, :author, :at)
                """)
                .bind("id", id).bind("title", alert.title()).bind("body", alert.text())
                .bind("from", at(alert.validFrom())).bind("until", at(alert.validUntil()))
                .bind("topic", Parameter.fromOrEmpty(alert.topic(), String.class))
                .bind("communes", Parameter.fromOrEmpty(alert.communes().isEmpty() ? null : String.join("\n", alert.communes()), String.class))
                .bind("author", author).bind("at", at(now))
                .then()
                .doOnSuccess(ignored -> {
                    cached = null;
                    meters.counter("anm_alerts_published").increment();
                })
                .thenReturn(alert);
    }

    @Override
    public Mono<LocalAlert> withdraw(UUID id, String by) {
        return db.sql("UPDATE local_alert SET withdrawn_at = :at, withdrawn_by = :by WHERE id = :id AND withdrawn_at IS NULL")
                .bind("at", at(clock.instant())).bind("by", by).bind("id", id)
                .then()
                .doOnSuccess(ignored -> cached = null)
                .then(db.sql("SELECT " + COLUMNS + " FROM local_alert WHERE id = :id").bind("id", id).map(StoredLocalAlerts::read).one());
    }

    @Override
    public Flux<LocalAlert> all(int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM local_alert ORDER BY created_at DESC LIMIT :limit").bind("limit", limit)
                .map(StoredLocalAlerts::read).all();
    }

    @Override
    public Mono<List<LocalAlert>> active(Instant at) {
        Cached current = cached;
        Mono<List<LocalAlert>> loaded = current != null && current.loadedAt().plus(CACHE).isAfter(clock.instant())
                ? Mono.just(current.alerts())
                : db.sql("SELECT " + COLUMNS + " FROM local_alert WHERE withdrawn_at IS NULL AND valid_until > :now ORDER BY valid_from DESC, created_at DESC")
                        .bind("now", at(clock.instant()))
                        .map(StoredLocalAlerts::read).all().collectList()
                        .doOnNext(alerts -> cached = new Cached(clock.instant(), alerts));
        return loaded.map(alerts -> alerts.stream().filter(a -> a.activeAt(at)).toList());
    }

    @Override
    public Mono<Boolean> firstShowing(UUID alertId, String userRef, Instant at) {
        return db.sql("INSERT INTO local_alert_shown (alert_id, user_ref, shown_at) VALUES (:id, :ref, :at)")
                .bind("id", alertId).bind("ref", userRef).bind("at", at(at))
                .fetch().rowsUpdated()
                .map(n -> n > 0)
                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(false));
    }

    /** Who saw an alert is only needed while it runs. */
    @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
    public Mono<Void> forgetShowingsOfEndedAlerts() {
        return db.sql("DELETE FROM local_alert_shown WHERE alert_id IN (SELECT id FROM local_alert WHERE valid_until < :now OR withdrawn_at IS NOT NULL)")
                .bind("now", at(clock.instant())).then().onErrorResume(e -> Mono.empty());
    }

    private static LocalAlert read(Readable row) {
        String communes = row.get("communes", String.class);
        return new LocalAlert(row.get("id", UUID.class), row.get("title", String.class), row.get("body", String.class),
                instant(row, "valid_from"), instant(row, "valid_until"), row.get("topic", String.class),
                communes == null ? List.of() : Arrays.asList(communes.split("\n")), row.get("author", String.class),
                instant(row, "created_at"), nullable(row, "withdrawn_at"));
    }
}
