package vn.anm.assistant.report.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.DeliveryAttempt;
import vn.anm.assistant.report.DeliveryState;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * The outbox tables: {@code report_delivery} (one row per report and destination) and
 * {@code report_delivery_attempt} (one row per try). Work is shared between instances by a lease:
 * a claim sets {@code lease_owner}/{@code lease_until} with a compare-and-set UPDATE, and a lease
 * left by a crashed instance simply expires.
 */
@Component
public class DeliveryRows {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";

    private final DatabaseClient db;

    DeliveryRows(DatabaseClient db) {
        this.db = db;
    }

    /** Part of the report's transaction: one pending delivery per destination, due now. */
    public Mono<Void> enqueue(UUID reportId, Collection<String> destinations, Instant now) {
        return Flux.fromIterable(destinations)
                .concatMap(destination -> db.sql("""
                        INSERT INTO report_delivery (id, report_id, destination, status, attempts, next_attempt_at, created_at)
                        VALUES (:id, :reportId, :destination, :status, 0, :now, :createdAt)
                        """)
                        .bind("id", UUID.randomUUID())
                        .bind("reportId", reportId)
                        .bind("destination", destination)
                        .bind("status", PENDING)
                        .bind("now", SqlTimestamps.at(now))
                        .bind("createdAt", SqlTimestamps.at(now))
                        .then())
                .then();
    }

    /** Takes the lease of up to {@code limit} due deliveries to the given destinations. */
    Mono<List<ClaimedDelivery>> claimDue(Collection<String> destinations, int limit, Duration lease, Instant now) {
        String owner = UUID.randomUUID().toString();
        return db.sql("""
                UPDATE report_delivery SET lease_owner = :owner, lease_until = :until
                WHERE id IN (SELECT id FROM report_delivery
                             WHERE status = :pending AND destination IN (:destinations) AND next_attempt_at <= :now
                               AND (lease_until IS NULL OR lease_until < :now2)
                             ORDER BY next_attempt_at LIMIT :limit)
                  AND status = :pending2 AND (lease_until IS NULL OR lease_until < :now3)
                """)
                .bind("owner", owner)
                .bind("until", SqlTimestamps.at(now.plus(lease)))
                .bind("pending", PENDING)
                .bind("destinations", List.copyOf(destinations))
                .bind("now", SqlTimestamps.at(now))
                .bind("now2", SqlTimestamps.at(now))
                .bind("limit", limit)
                .bind("pending2", PENDING)
                .bind("now3", SqlTimestamps.at(now))
                .fetch().rowsUpdated()
                .flatMap(claimed -> claimed == 0 ? Mono.just(List.<ClaimedDelivery>of())
                        : db.sql("SELECT id, report_id, destination, attempts FROM report_delivery WHERE lease_owner = :owner AND status = :pending")
                                .bind("owner", owner)
                                .bind("pending", PENDING)
                                .map(row -> new ClaimedDelivery(row.get("id", UUID.class), row.get("report_id", UUID.class),
                                        row.get("destination", String.class), row.get("attempts", Integer.class), owner))
                                .all()
                                .collectList());
    }

    Mono<Void> markDelivered(ClaimedDelivery delivery, Instant startedAt, Instant now) {
        return db.sql("""
                UPDATE report_delivery SET status = :delivered, attempts = attempts + 1, delivered_at = :now,
                    lease_owner = NULL, lease_until = NULL, last_error = NULL
                WHERE id = :id AND status = :pending
                """)
                .bind("delivered", DELIVERED)
                .bind("now", SqlTimestamps.at(now))
                .bind("id", delivery.id())
                .bind("pending", PENDING)
                .then()
                .then(recordAttempt(delivery, startedAt, now, "ACKNOWLEDGED", null));
    }

    Mono<Void> markFailed(ClaimedDelivery delivery, String error, Instant nextAttemptAt, Instant startedAt, Instant now) {
        return db.sql("""
                UPDATE report_delivery SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
                    lease_owner = NULL, lease_until = NULL
                WHERE id = :id AND status = :pending AND lease_owner = :owner
                """)
                .bind("next", SqlTimestamps.at(nextAttemptAt))
                .bind("error", error)
                .bind("id", delivery.id())
                .bind("pending", PENDING)
                .bind("owner", delivery.leaseOwner())
                .then()
                .then(recordAttempt(delivery, startedAt, now, "FAILED", error));
    }

    private Mono<Void> recordAttempt(ClaimedDelivery delivery, Instant startedAt, Instant finishedAt, String outcome,
            @Nullable String detail) {
        return db.sql("""
                INSERT INTO report_delivery_attempt (id, delivery_id, attempt, started_at, finished_at, outcome, detail)
                VALUES (:id, :deliveryId, :attempt, :startedAt, :finishedAt, :outcome, :detail)
                """)
                .bind("id", UUID.randomUUID())
                .bind("deliveryId", delivery.id())
                .bind("attempt", delivery.attempts() + 1)
                .bind("startedAt", SqlTimestamps.at(startedAt))
                .bind("finishedAt", SqlTimestamps.at(finishedAt))
                .bind("outcome", outcome)
                .bind("detail", Parameter.fromOrEmpty(detail, String.class))
                .then();
    }

    /** How each delivery of a report stands, for the console. */
    public Flux<DeliveryState> statesOf(UUID reportId) {
        return db.sql("SELECT destination, status, attempts, delivered_at, last_error FROM report_delivery WHERE report_id = :id ORDER BY destination")
                .bind("id", reportId)
                .map(row -> new DeliveryState(row.get("destination", String.class),
                        DELIVERED.equals(row.get("status", String.class)), row.get("attempts", Integer.class),
                        SqlTimestamps.nullable(row, "delivered_at"), row.get("last_error", String.class)))
                .all();
    }

    /** Every attempt to deliver a report, oldest first, for the desk. */
    public Flux<DeliveryAttempt> attemptsOf(UUID reportId) {
        return db.sql("""
                SELECT d.destination, a.attempt, a.started_at, a.finished_at, a.outcome, a.detail
                FROM report_delivery_attempt a JOIN report_delivery d ON d.id = a.delivery_id
                WHERE d.report_id = :id ORDER BY a.started_at, a.attempt
                """)
                .bind("id", reportId)
                .map(row -> new DeliveryAttempt(row.get("destination", String.class), row.get("attempt", Integer.class),
                        required(SqlTimestamps.nullable(row, "started_at")), required(SqlTimestamps.nullable(row, "finished_at")),
                        row.get("outcome", String.class), row.get("detail", String.class)))
                .all();
    }

    /** The destinations a report already has a delivery to. */
    public Mono<List<String>> destinationsOf(UUID reportId) {
        return db.sql("SELECT destination FROM report_delivery WHERE report_id = :id").bind("id", reportId)
                .map(row -> row.get("destination", String.class)).all().collectList();
    }

    private static Instant required(@Nullable Instant value) {
        if (value == null) {
            throw new IllegalStateException("a required timestamp is missing");
        }
        return value;
    }
}
