package vn.anm.assistant.moderation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.ConsoleProperties;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * Signed-in sessions in the database, so any instance behind the proxy knows them and signing out
 * ends them everywhere. The cookie holds a random id; the table only its SHA-256.
 */
public final class ConsoleSessions {

    /** A live session. */
    public record Session(String idHash, String username, Stage stage, Instant createdAt, Instant lastSeenAt) {
    }

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final DatabaseClient db;
    private final ConsoleProperties properties;
    private final Clock clock;

    public ConsoleSessions(DatabaseClient db, ConsoleProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a session; returns the id for the cookie. */
    public Mono<String> start(String username, Stage stage) {
        String id = Secrets.random(32);
        Instant now = clock.instant();
        return db.sql("INSERT INTO console_session (id_hash, username, stage, created_at, last_seen_at) VALUES (:id, :u, :stage, :now, :now)")
                .bind("id", Secrets.sha256(id)).bind("u", username).bind("stage", stage.name()).bind("now", SqlTimestamps.at(now))
                .then()
                .thenReturn(id);
    }

    /** The session of a cookie, if it exists and has not timed out (then it is removed). */
    public Mono<Session> find(String id) {
        String hash = Secrets.sha256(id);
        Instant now = clock.instant();
        return db.sql("SELECT id_hash, username, stage, created_at, last_seen_at FROM console_session WHERE id_hash = :id")
                .bind("id", hash)
                .map(row -> new Session(row.get("id_hash", String.class), row.get("username", String.class),
                        Stage.valueOf(row.get("stage", String.class)), SqlTimestamps.instant(row, "created_at"),
                        SqlTimestamps.instant(row, "last_seen_at")))
                .one()
                .flatMap(s -> {
                    boolean expired = s.lastSeenAt().plus(properties.sessionIdleTimeout()).isBefore(now)
                            || s.createdAt().plus(properties.sessionMaxAge()).isBefore(now);
                    if (expired) {
                        return endByHash(hash).then(Mono.empty());
                    }
                    if (s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
                        return db.sql("UPDATE console_session SET last_seen_at = :now WHERE id_hash = :id")
                                .bind("now", SqlTimestamps.at(now)).bind("id", hash).then().thenReturn(s);
                    }
                    return Mono.just(s);
                });
    }

    public Mono<Void> advance(String id, Stage stage) {
        return db.sql("UPDATE console_session SET stage = :stage, last_seen_at = :now WHERE id_hash = :id")
                .bind("stage", stage.name()).bind("now", SqlTimestamps.at(clock.instant())).bind("id", Secrets.sha256(id))
                .then();
    }

    public Mono<Void> end(String id) {
        return endByHash(Secrets.sha256(id));
    }

    /** Ends every session of an account but the one given (after a password change, a lock, a role change). */
    public Mono<Void> endAllOf(String username, String exceptId) {
        return db.sql("DELETE FROM console_session WHERE username = :u AND id_hash <> :id")
                .bind("u", username).bind("id", Secrets.sha256(exceptId))
                .then();
    }

    public Mono<Void> endAllOf(String username) {
        return db.sql("DELETE FROM console_session WHERE username = :u").bind("u", username).then();
    }

    /** Removes sessions that timed out (a scheduled sweep; lookups also remove them). */
    public Mono<Long> sweep() {
        Instant now = clock.instant();
        return db.sql("DELETE FROM console_session WHERE last_seen_at < :idle OR created_at < :max")
                .bind("idle", SqlTimestamps.at(now.minus(properties.sessionIdleTimeout())))
                .bind("max", SqlTimestamps.at(now.minus(properties.sessionMaxAge())))
                .fetch().rowsUpdated();
    }

    private Mono<Void> endByHash(String hash) {
        return db.sql("DELETE FROM console_session WHERE id_hash = :id").bind("id", hash).then();
    }
}
