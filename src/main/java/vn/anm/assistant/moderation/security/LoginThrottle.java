package vn.anm.assistant.moderation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.ConsoleProperties;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * Lock-out with back-off, per name typed (whether or not such an account exists, so a lock says nothing
 * about which names are real): after {@code failures} wrong attempts the name is locked for the first
 * lock, each further wrong attempt doubles it up to the longest. A success clears it.
 */
public final class LoginThrottle {

    private final DatabaseClient db;
    private final ConsoleProperties.Lockout policy;
    private final Clock clock;

    public LoginThrottle(DatabaseClient db, ConsoleProperties.Lockout policy, Clock clock) {
        this.db = db;
        this.policy = policy;
        this.clock = clock;
    }

    /** The moment the name is locked until, if it is locked now. */
    public Mono<Instant> lockedUntil(String name) {
        Instant now = clock.instant();
        return db.sql("SELECT locked_until FROM console_login_throttle WHERE username = :u")
                .bind("u", key(name))
                .map(row -> java.util.Optional.ofNullable(SqlTimestamps.nullable(row, "locked_until")))
                .one()
                .flatMap(Mono::justOrEmpty)
                .filter(until -> until.isAfter(now));
    }

    /** Counts a failure; returns the lock it caused, if any. */
    public Mono<Instant> fail(String name) {
        String key = key(name);
        Instant now = clock.instant();
        return db.sql("SELECT failures FROM console_login_throttle WHERE username = :u").bind("u", key)
                .map(row -> ((Number) row.get("failures")).intValue())
                .one()
                .defaultIfEmpty(0)
                .flatMap(previous -> {
                    int failures = previous + 1;
                    Instant until = failures >= policy.failures() ? now.plus(lock(failures - policy.failures())) : null;
                    var spec = db.sql(previous == 0
                            ? "INSERT INTO console_login_throttle (username, failures, locked_until, last_failure) VALUES (:u, :f, :until, :now)"
                            : "UPDATE console_login_throttle SET failures = :f, locked_until = :until, last_failure = :now WHERE username = :u")
                            .bind("u", key).bind("f", failures).bind("now", SqlTimestamps.at(now));
                    spec = until == null ? spec.bindNull("until", java.time.OffsetDateTime.class) : spec.bind("until", SqlTimestamps.at(until));
                    return spec.then().then(Mono.justOrEmpty(until));
                })
                .onErrorResume(org.springframework.dao.DuplicateKeyException.class, e -> fail(name));
    }

    public Mono<Void> clear(String name) {
        return db.sql("DELETE FROM console_login_throttle WHERE username = :u").bind("u", key(name)).then();
    }

    private Duration lock(int beyond) {
        Duration lock = policy.firstLock();
        for (int i = 0; i < beyond && lock.compareTo(policy.longest()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(policy.longest()) > 0 ? policy.longest() : lock;
    }

    private static String key(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.length() > 64 ? key.substring(0, 64) : key;
    }
}
