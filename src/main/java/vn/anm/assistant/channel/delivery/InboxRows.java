package vn.anm.assistant.channel.delivery;

import static vn.anm.assistant.storage.SqlTimestamps.at;
import static vn.anm.assistant.storage.SqlTimestamps.instant;
import static vn.anm.assistant.storage.SqlTimestamps.nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;

/**
 * The {@code channel_inbox} table. A claim leases the head row of lanes (no earlier row of the same
 * user left) that are due and not leased: several instances never hold two rows of one user at once,
 * so each user's events are processed in order. PostgreSQL skips rows another claim has locked
 * ({@code FOR UPDATE SKIP LOCKED}); H2 claims with a conditional UPDATE and reads the rows back.
 */
final class InboxRows {

    private final DatabaseClient db;
    private final Dialect dialect;

    InboxRows(DatabaseClient db) {
        this.db = db;
        this.dialect = Dialect.of(db);
    }

    /** A leased inbox row. */
    record Claimed(long id, ChannelKind channel, String lane, String eventEnc, Instant acceptedAt, int attempts,
            String owner) {
    }

    /** An accepted event to store. */
    record NewRow(ChannelKind channel, String lane, String eventEnc) {
    }

    /** An accepted event to store with its delivery id ({@code channel_delivery_seen}). */
    record Delivered(String ref, NewRow event) {
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * PostgreSQL: stores the delivery ids of a batch and the events whose ids were new (or whose id's row had
     * expired, {@code seen_at} before {@code cutoff}) in <em>one statement</em> (a data-modifying WITH), atomic by
     * itself: the webhook's commit costs one round trip instead of four (BEGIN, two INSERTs, COMMIT). An id twice
     * in the batch stores its first event only; ids are inserted in sorted order (two batches sharing ids wait for
     * each other, never deadlock); events get their ids in the list's order, so each user's keep theirs. Returns
     * the delivery ids this statement stored.
     */
    Mono<Set<String>> insertFirstDeliveries(List<Delivered> batch, Instant now, Instant cutoff) {
        if (batch.isEmpty()) {
            return Mono.just(new HashSet<>());
        }
        return Mono.defer(() -> {
            StringBuilder sql = new StringBuilder("WITH batch (ord, ref, channel, lane, event_enc) AS (VALUES ");
            Map<String, Object> values = new HashMap<>(batch.size() * 10);
            for (int i = 0; i < batch.size(); i++) {
                Delivered delivered = batch.get(i);
                NewRow row = delivered.event();
                sql.append(i == 0 ? "" : ", ").append("(:o").append(i).append(", :r").append(i).append(", :c").append(i)
                        .append(", :l").append(i).append(", :e").append(i).append(')');
                values.put("o" + i, i);
                values.put("r" + i, delivered.ref());
                values.put("c" + i, row.channel().name());
                values.put("l" + i, row.lane());
                values.put("e" + i, row.eventEnc());
            }
            sql.append("""
                    ),
                    fresh AS (
                        INSERT INTO channel_delivery_seen (delivery_ref, seen_at)
                        SELECT DISTINCT ref, CAST(:seenAt AS TIMESTAMP WITH TIME ZONE) FROM batch ORDER BY ref
                        ON CONFLICT (delivery_ref) DO UPDATE SET seen_at = EXCLUDED.seen_at
                        WHERE channel_delivery_seen.seen_at < :cutoff
                        RETURNING delivery_ref),
                    firsts AS (
                        SELECT DISTINCT ON (b.ref) b.ord, b.channel, b.lane, b.event_enc
                        FROM batch b JOIN fresh f ON f.delivery_ref = b.ref
                        ORDER BY b.ref, b.ord),
                    stored AS (
                        INSERT INTO channel_inbox (channel, lane, event_enc, accepted_at, attempts, next_attempt_at)
                        SELECT channel, lane, event_enc, :acceptedAt, 0, :due FROM firsts ORDER BY ord)
                    SELECT delivery_ref FROM fresh
                    """);
            values.put("seenAt", at(now));
            values.put("cutoff", at(cutoff));
            values.put("acceptedAt", at(now));
            values.put("due", at(now));
            return db.sql(sql.toString()).bindValues(values)
                    .map(row -> row.get("delivery_ref", String.class))
                    .all()
                    .collect(Collectors.toCollection(HashSet::new));
        });
    }

    /** One statement for all; ids follow the list's order, so each user's events keep theirs. */
    Mono<Void> insertAll(List<NewRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            Map<String, Function<NewRow, Object>> columns = new LinkedHashMap<>();
            columns.put("channel", row -> row.channel().name());
            columns.put("lane", NewRow::lane);
            columns.put("event_enc", NewRow::eventEnc);
            columns.put("accepted_at", row -> at(now));
            columns.put("attempts", row -> 0);
            columns.put("next_attempt_at", row -> at(now));
            return MultiRowInsert.of(db, "channel_inbox", columns, rows, "").then();
        });
    }

    Flux<Claimed> claim(String owner, int limit, Duration lease, Instant now) {
        if (dialect == Dialect.POSTGRES) {
            return db.sql("""
                    WITH picked AS (
                        SELECT i.id FROM channel_inbox i
                        WHERE i.next_attempt_at <= :now AND (i.lease_until IS NULL OR i.lease_until < :now2)
                          AND NOT EXISTS (SELECT 1 FROM channel_inbox e WHERE e.lane = i.lane AND e.id < i.id)
                        ORDER BY i.id LIMIT :limit
                        FOR UPDATE SKIP LOCKED)
                    UPDATE channel_inbox c SET lease_owner = :owner, lease_until = :until
                    FROM picked WHERE c.id = picked.id
                    RETURNING c.id, c.channel, c.lane, c.event_enc, c.accepted_at, c.attempts
                    """)
                    .bind("now", at(now))
                    .bind("now2", at(now))
                    .bind("limit", limit)
                    .bind("owner", owner)
                    .bind("until", at(now.plus(lease)))
                    .map(row -> read(row, owner))
                    .all();
        }
        return db.sql("""
                UPDATE channel_inbox SET lease_owner = :owner, lease_until = :until
                WHERE id IN (SELECT i.id FROM channel_inbox i
                             WHERE i.next_attempt_at <= :now AND (i.lease_until IS NULL OR i.lease_until < :now2)
                               AND NOT EXISTS (SELECT 1 FROM channel_inbox e WHERE e.lane = i.lane AND e.id < i.id)
                             ORDER BY i.id LIMIT :limit)
                  AND (lease_until IS NULL OR lease_until < :now3)
                """)
                .bind("owner", owner)
                .bind("until", at(now.plus(lease)))
                .bind("now", at(now))
                .bind("now2", at(now))
                .bind("limit", limit)
                .bind("now3", at(now))
                .fetch().rowsUpdated()
                .flatMapMany(claimed -> claimed == 0 ? Flux.empty()
                        : db.sql("SELECT id, channel, lane, event_enc, accepted_at, attempts FROM channel_inbox WHERE lease_owner = :owner ORDER BY id")
                                .bind("owner", owner)
                                .map(row -> read(row, owner))
                                .all());
    }

    /**
     * First in the processing transaction: on PostgreSQL its commit does not wait for the log's flush to disk (the
     * webhook's inbox commit still does). Nothing a turn writes leaves the database before a later commit that waits —
     * the outbox marking a part {@code SENDING} before its request is written — and the log is flushed in order, so that flush carries this
     * commit too. A crash before it loses the turn with its outbox rows and keeps the inbox row: the event is processed
     * again, nothing of it was sent. Under load this spares the webhooks' commits a flush of the log per event to
     * queue behind.
     */
    Mono<Void> flushLazily() {
        return dialect == Dialect.POSTGRES ? db.sql("SET LOCAL synchronous_commit TO OFF").then() : Mono.empty();
    }

    /** Part of the processing transaction: gone once its reply is in the outbox. 0 when the lease was lost. */
    Mono<Long> delete(Claimed row) {
        return db.sql("DELETE FROM channel_inbox WHERE id = :id AND lease_owner = :owner")
                .bind("id", row.id())
                .bind("owner", row.owner())
                .fetch().rowsUpdated();
    }

    /** Processing failed: try again after {@code next}, on any instance. */
    Mono<Long> retryLater(Claimed row, Instant next) {
        return db.sql("""
                UPDATE channel_inbox SET lease_owner = NULL, lease_until = NULL, attempts = attempts + 1, next_attempt_at = :next
                WHERE id = :id AND lease_owner = :owner
                """)
                .bind("next", at(next))
                .bind("id", row.id())
                .bind("owner", row.owner())
                .fetch().rowsUpdated();
    }

    /** Claimed but not started (shutting down): free for any instance at once. */
    Mono<Long> release(Claimed row) {
        return db.sql("UPDATE channel_inbox SET lease_owner = NULL, lease_until = NULL WHERE id = :id AND lease_owner = :owner")
                .bind("id", row.id())
                .bind("owner", row.owner())
                .fetch().rowsUpdated();
    }

    /** Rows waiting and the oldest one's acceptance time. */
    Mono<Backlog> backlog() {
        return db.sql("SELECT COUNT(*) AS waiting, MIN(accepted_at) AS oldest FROM channel_inbox")
                .map(row -> new Backlog(number(row.get("waiting")), nullable(row, "oldest")))
                .one();
    }

    record Backlog(long waiting, @Nullable Instant oldest) {
    }

    private static Claimed read(Readable row, String owner) {
        return new Claimed(number(row.get("id")), ChannelKind.valueOf(row.get("channel", String.class)),
                row.get("lane", String.class), row.get("event_enc", String.class), instant(row, "accepted_at"),
                (int) number(row.get("attempts")), owner);
    }

    static long number(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
