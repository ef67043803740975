package vn.anm.assistant.channel.delivery;

import static vn.anm.assistant.storage.SqlTimestamps.at;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.DataProtection;

/**
 * Accepted deliveries in {@code channel_delivery_seen}, keyed by a pseudonym of channel, user and
 * message id. The first INSERT of a key wins on the primary key, on any instance; a row older than
 * the TTL that the purge has not removed yet is taken over, atomically as well. {@link #claim} runs
 * inside the webhook's transaction (with the inbox row); keys are only {@link #remember remembered}
 * in this instance's Caffeine cache once that transaction has committed.
 */
final class StoredMessageDeduplicator implements MessageDeduplicator {

    private final DatabaseClient db;
    private final DataProtection protection;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Cache<String, Boolean> known;
    private final Dialect dialect;

    StoredMessageDeduplicator(DatabaseClient db, DataProtection protection, DeliveryProperties properties, Clock clock) {
        this.db = db;
        this.protection = protection;
        this.properties = properties;
        this.clock = clock;
        this.dialect = Dialect.of(db);
        this.known = Caffeine.newBuilder()
                .maximumSize(properties.dedupMaxSize())
                .expireAfterWrite(properties.dedupTtl())
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    @Override
    public Mono<Boolean> firstDelivery(String key) {
        return Mono.defer(() -> {
            String ref = refOf(key);
            if (isKnown(ref)) {
                return Mono.just(false);
            }
            return claim(ref).doOnNext(first -> remember(ref));
        });
    }

    String refOf(String key) {
        return protection.pseudonym("delivery:" + key);
    }

    /** Whether this instance already saw {@code ref} committed: a repeat, without asking the database. */
    boolean isKnown(String ref) {
        return known.getIfPresent(ref) != null;
    }

    void remember(String ref) {
        known.put(ref, Boolean.TRUE);
    }

    /** True when this call stored {@code ref} (or took over an expired row); false for a repeat. */
    Mono<Boolean> claim(String ref) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            if (dialect == Dialect.POSTGRES) {
                return db.sql("""
                        INSERT INTO channel_delivery_seen (delivery_ref, seen_at) VALUES (:ref, :at)
                        ON CONFLICT (delivery_ref) DO UPDATE SET seen_at = EXCLUDED.seen_at
                        WHERE channel_delivery_seen.seen_at < :cutoff
                        """)
                        .bind("ref", ref)
                        .bind("at", at(now))
                        .bind("cutoff", at(now.minus(properties.dedupTtl())))
                        .fetch().rowsUpdated()
                        .map(rows -> rows > 0);
            }
            return db.sql("INSERT INTO channel_delivery_seen (delivery_ref, seen_at) VALUES (:ref, :at)")
                    .bind("ref", ref)
                    .bind("at", at(now))
                    .then()
                    .thenReturn(true)
                    .onErrorResume(DataIntegrityViolationException.class, taken -> takeOverExpired(ref, now));
        });
    }

    /**
     * {@link #claim} for several refs at once, in the caller's transaction: the refs this call stored (or
     * took over), as a set the caller may change. PostgreSQL in one statement; H2 one by one (its caught
     * duplicate key is per statement).
     */
    Mono<Set<String>> claimAll(List<String> refs) {
        if (refs.isEmpty()) {
            return Mono.just(new HashSet<>());
        }
        if (dialect != Dialect.POSTGRES) {
            return Flux.fromIterable(refs)
                    .concatMap(ref -> claim(ref).filter(Boolean::booleanValue).map(first -> ref))
                    .collect(Collectors.toCollection(HashSet::new));
        }
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Map<String, Function<String, Object>> columns = new LinkedHashMap<>();
            columns.put("delivery_ref", ref -> ref);
            columns.put("seen_at", ref -> at(now));
            // in one order on every instance: two batches sharing refs wait for each other, never deadlock
            return MultiRowInsert.of(db, "channel_delivery_seen", columns, refs.stream().sorted().toList(), """
                     ON CONFLICT (delivery_ref) DO UPDATE SET seen_at = EXCLUDED.seen_at
                    WHERE channel_delivery_seen.seen_at < :cutoff RETURNING delivery_ref""")
                    .bind("cutoff", at(now.minus(properties.dedupTtl())))
                    .map(row -> row.get("delivery_ref", String.class))
                    .all()
                    .collect(Collectors.toCollection(HashSet::new));
        });
    }

    /** Forgets what is older than the TTL; returns how many rows went. */
    Mono<Long> purgeExpired() {
        return Mono.defer(() -> db.sql("DELETE FROM channel_delivery_seen WHERE seen_at < :cutoff")
                .bind("cutoff", at(clock.instant().minus(properties.dedupTtl())))
                .fetch().rowsUpdated());
    }

    private Mono<Boolean> takeOverExpired(String ref, Instant now) {
        return db.sql("UPDATE channel_delivery_seen SET seen_at = :at WHERE delivery_ref = :ref AND seen_at < :cutoff")
                .bind("at", at(now))
                .bind("ref", ref)
                .bind("cutoff", at(now.minus(properties.dedupTtl())))
                .fetch().rowsUpdated()
                .map(updated -> updated > 0);
    }
}
