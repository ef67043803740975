package vn.anm.assistant.channel.delivery;

import static vn.anm.assistant.channel.delivery.InboxRows.number;
import static vn.anm.assistant.storage.SqlTimestamps.at;
import static vn.anm.assistant.storage.SqlTimestamps.nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;

/**
 * The {@code channel_outbox} table and its attempt log. Claims lease the head part of lanes (the
 * user's earliest part still here), as {@link InboxRows} does, so one user's parts go out in order.
 * A claim only leases: a part is marked {@code SENDING} ({@link #markSending}, committed) once its
 * connection to the platform is ready and just before its request is written, so if the instance dies,
 * whoever takes a part over knows whether an attempt may have reached the platform, and a part that
 * waited for a connection when the instance died is sent again. The claimed rows carry the state they
 * had ({@code sending}: an earlier attempt's fate is unknown) and the attempts made before this one.
 */
final class OutboxRows {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";

    private final DatabaseClient db;
    private final Dialect dialect;

    OutboxRows(DatabaseClient db) {
        this.db = db;
        this.dialect = Dialect.of(db);
    }

    Dialect dialect() {
        return dialect;
    }

    /** A leased outbox row; {@code sending} when an earlier attempt started and its fate is unknown. */
    record Claimed(long id, ChannelKind channel, String lane, String bodyEnc, int part, int parts, Instant acceptedAt,
            Instant answerBy, boolean sending, int attempts, String owner) {
    }

    /** A reply part to store: the platform request, sealed. */
    record NewPart(ChannelKind channel, String lane, String bodyEnc, int part, int parts, Instant acceptedAt, Instant answerBy) {
    }

    /** One statement for all the parts; ids follow the list's order, so they are sent in it. */
    Mono<Void> insertAll(List<NewPart> parts, Instant now) {
        if (parts.isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            Map<String, Function<NewPart, Object>> columns = new LinkedHashMap<>();
            columns.put("channel", part -> part.channel().name());
            columns.put("lane", NewPart::lane);
            columns.put("body_enc", NewPart::bodyEnc);
            columns.put("part", NewPart::part);
            columns.put("parts", NewPart::parts);
            columns.put("created_at", part -> at(now));
            columns.put("accepted_at", part -> at(part.acceptedAt()));
            columns.put("answer_by", part -> at(part.answerBy()));
            columns.put("state", part -> PENDING);
            columns.put("attempts", part -> 0);
            columns.put("next_attempt_at", part -> at(now));
            return MultiRowInsert.of(db, "channel_outbox", columns, parts, "").then();
        });
    }

    Flux<Claimed> claim(Collection<ChannelKind> channels, String owner, int limit, Duration lease, Instant now) {
        List<String> names = channels.stream().map(ChannelKind::name).toList();
        if (dialect == Dialect.POSTGRES) {
            return db.sql("""
                    WITH picked AS (
                        SELECT o.id, o.state AS was, o.attempts AS before FROM channel_outbox o
                        WHERE o.channel IN (:channels) AND o.next_attempt_at <= :now
                          AND (o.lease_until IS NULL OR o.lease_until < :now2)
                          AND NOT EXISTS (SELECT 1 FROM channel_outbox e WHERE e.lane = o.lane AND e.id < o.id)
                        ORDER BY o.id LIMIT :limit
                        FOR UPDATE SKIP LOCKED)
                    UPDATE channel_outbox c SET lease_owner = :owner, lease_until = :until
                    FROM picked WHERE c.id = picked.id
                    RETURNING c.id, c.channel, c.lane, c.body_enc, c.part, c.parts, c.accepted_at, c.answer_by,
                        picked.was AS state, picked.before AS attempts
                    """)
                    .bind("channels", names)
                    .bind("now", at(now))
                    .bind("now2", at(now))
                    .bind("limit", limit)
                    .bind("owner", owner)
                    .bind("until", at(now.plus(lease)))
                    .map(row -> read(row, owner))
                    .all();
        }
        return db.sql("""
                UPDATE channel_outbox SET lease_owner = :owner, lease_until = :until
                WHERE id IN (SELECT o.id FROM channel_outbox o
                             WHERE o.channel IN (:channels) AND o.next_attempt_at <= :now
                               AND (o.lease_until IS NULL OR o.lease_until < :now2)
                               AND NOT EXISTS (SELECT 1 FROM channel_outbox e WHERE e.lane = o.lane AND e.id < o.id)
                             ORDER BY o.id LIMIT :limit)
                  AND (lease_until IS NULL OR lease_until < :now3)
                """)
                .bind("owner", owner)
                .bind("until", at(now.plus(lease)))
                .bind("channels", names)
                .bind("now", at(now))
                .bind("now2", at(now))
                .bind("limit", limit)
                .bind("now3", at(now))
                .fetch().rowsUpdated()
                .flatMapMany(claimed -> claimed == 0 ? Flux.empty()
                        : db.sql("""
                                SELECT id, channel, lane, body_enc, part, parts, accepted_at, answer_by, state, attempts
                                FROM channel_outbox WHERE lease_owner = :owner ORDER BY id
                                """)
                                .bind("owner", owner)
                                .map(row -> read(row, owner))
                                .all());
    }

    /** A part about to be written; {@code held} turns true once it is marked {@code SENDING} under its own claim. */
    record Mark(Claimed row, AtomicBoolean held) {

        Mark(Claimed row) {
            this(row, new AtomicBoolean());
        }
    }

    /**
     * The parts' requests are about to be written: each still held by its claim is marked {@code SENDING} with one
     * more attempt, and its {@link Mark#held} set. To be committed — durably — before any of those requests leaves;
     * a part whose lease ran out meanwhile (another claim may be sending it) is not marked and must not be sent.
     */
    Mono<Void> markSending(List<Mark> marks) {
        if (marks.isEmpty()) {
            return Mono.empty();
        }
        if (dialect == Dialect.POSTGRES) {
            return Mono.defer(() -> {
                StringBuilder update = new StringBuilder("UPDATE channel_outbox SET state = :sending, attempts = attempts + 1 WHERE ");
                Map<String, Object> values = new HashMap<>(marks.size() * 2 + 1);
                values.put("sending", SENDING);
                Map<Long, Mark> byId = new HashMap<>(marks.size() * 2);
                for (int i = 0; i < marks.size(); i++) {
                    Claimed row = marks.get(i).row();
                    update.append(i == 0 ? "" : " OR ").append("(id = :id").append(i).append(" AND lease_owner = :owner").append(i).append(')');
                    values.put("id" + i, row.id());
                    values.put("owner" + i, row.owner());
                    byId.put(row.id(), marks.get(i));
                }
                return db.sql(update.append(" RETURNING id").toString()).bindValues(values)
                        .map(found -> number(found.get("id")))
                        .all()
                        .doOnNext(id -> byId.get(id).held().set(true))
                        .then();
            });
        }
        return Flux.fromIterable(marks)
                .concatMap(mark -> db.sql("UPDATE channel_outbox SET state = :sending, attempts = attempts + 1 WHERE id = :id AND lease_owner = :owner")
                        .bind("sending", SENDING)
                        .bind("id", mark.row().id())
                        .bind("owner", mark.row().owner())
                        .fetch().rowsUpdated()
                        .doOnNext(updated -> mark.held().set(updated > 0)))
                .then();
    }

    /** A part whose fate is settled (delivered, given up or left uncertain) and the attempt that settled it. */
    record Finished(Claimed row, Attempt attempt) {
    }

    /**
     * The parts leave the outbox (each only while its claim still holds it) and the attempt log keeps what
     * happened: two statements for all, to be run in one transaction.
     */
    Mono<Void> finishAll(List<Finished> finished) {
        if (finished.isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            StringBuilder delete = new StringBuilder("DELETE FROM channel_outbox WHERE ");
            for (int i = 0; i < finished.size(); i++) {
                delete.append(i == 0 ? "" : " OR ").append("(id = :id").append(i).append(" AND lease_owner = :owner").append(i).append(')');
            }
            Map<String, Object> values = new HashMap<>(finished.size() * 4);
            for (int i = 0; i < finished.size(); i++) {
                values.put("id" + i, finished.get(i).row().id());
                values.put("owner" + i, finished.get(i).row().owner());
            }
            return db.sql(delete.toString()).bindValues(values).then().then(record(finished));
        });
    }

    /** Not taken by the platform: due again at {@code next}, for any instance. */
    Mono<Void> retryLater(Claimed row, Instant next, @Nullable Attempt attempt) {
        Mono<Void> reschedule = db.sql("""
                UPDATE channel_outbox SET state = :pending, lease_owner = NULL, lease_until = NULL, next_attempt_at = :next
                WHERE id = :id AND lease_owner = :owner
                """)
                .bind("pending", PENDING)
                .bind("next", at(next))
                .bind("id", row.id())
                .bind("owner", row.owner())
                .then();
        return attempt == null ? reschedule : reschedule.then(record(List.of(new Finished(row, attempt))));
    }

    /** Claimed but not attempted (a paused platform, shutting down): as it was before the claim, free for any instance. */
    Mono<Void> release(Claimed row) {
        return db.sql("""
                UPDATE channel_outbox SET lease_owner = NULL, lease_until = NULL, state = :state, attempts = :attempts
                WHERE id = :id AND lease_owner = :owner
                """)
                .bind("state", row.sending() ? SENDING : PENDING)
                .bind("attempts", row.attempts())
                .bind("id", row.id())
                .bind("owner", row.owner())
                .then();
    }

    /** One line of {@code channel_outbox_attempt}: {@code attempt} 0 for a give-up without a send. */
    record Attempt(int attempt, Instant startedAt, Instant finishedAt, String outcome, String code, @Nullable String detail) {
    }

    private Mono<Void> record(List<Finished> finished) {
        return Mono.defer(() -> {
            Map<String, Function<Finished, Object>> columns = new LinkedHashMap<>();
            columns.put("outbox_id", done -> done.row().id());
            columns.put("channel", done -> done.row().channel().name());
            columns.put("attempt", done -> done.attempt().attempt());
            columns.put("started_at", done -> at(done.attempt().startedAt()));
            columns.put("finished_at", done -> at(done.attempt().finishedAt()));
            columns.put("outcome", done -> done.attempt().outcome());
            columns.put("code", done -> truncate(done.attempt().code(), 32));
            columns.put("detail", done -> Parameter.fromOrEmpty(
                    done.attempt().detail() == null ? null : truncate(done.attempt().detail(), 200), String.class));
            return MultiRowInsert.of(db, "channel_outbox_attempt", columns, finished, "").then();
        });
    }

    /** Parts waiting per platform and the oldest one's creation time. */
    Flux<Backlog> backlog() {
        return db.sql("SELECT channel, COUNT(*) AS waiting, MIN(created_at) AS oldest FROM channel_outbox GROUP BY channel")
                .map(row -> new Backlog(ChannelKind.valueOf(row.get("channel", String.class)), number(row.get("waiting")),
                        nullable(row, "oldest")))
                .all();
    }

    record Backlog(ChannelKind channel, long waiting, @Nullable Instant oldest) {
    }

    Mono<Long> purgeAttemptsBefore(Instant cutoff) {
        return db.sql("DELETE FROM channel_outbox_attempt WHERE finished_at < :cutoff")
                .bind("cutoff", at(cutoff))
                .fetch().rowsUpdated();
    }

    private static Claimed read(Readable row, String owner) {
        return new Claimed(number(row.get("id")), ChannelKind.valueOf(row.get("channel", String.class)),
                row.get("lane", String.class), row.get("body_enc", String.class), (int) number(row.get("part")),
                (int) number(row.get("parts")), Objects.requireNonNull(nullable(row, "accepted_at")),
                Objects.requireNonNull(nullable(row, "answer_by")), SENDING.equals(row.get("state", String.class)),
                (int) number(row.get("attempts")), owner);
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
