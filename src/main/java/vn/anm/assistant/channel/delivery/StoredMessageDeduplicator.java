package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.DataProtection;

/**
 * Accepted deliveries in {@code channel_delivery_seen}, keyed by a pseudonym of channel, user and
 * message id. The first INSERT of a key wins on the primary key, on any instance; a row older than
 * the TTL that the purge has not removed yet is taken over by a conditional UPDATE, atomic as well.
 * Keys this instance already knows to be stored are answered from a local Caffeine cache.
 */
final class StoredMessageDeduplicator implements MessageDeduplicator {

    private final DatabaseClient db;
    private final DataProtection protection;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Cache<String, Boolean> known;

    StoredMessageDeduplicator(DatabaseClient db, DataProtection protection, DeliveryProperties properties, Clock clock) {
        this.db = db;
        this.protection = protection;
        this.properties = properties;
        this.clock = clock;
        this.known = Caffeine.newBuilder()
                .maximumSize(properties.dedupMaxSize())
                .expireAfterWrite(properties.dedupTtl())
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    @Override
    public Mono<Boolean> firstDelivery(String key) {
        return Mono.defer(() -> {
            String ref = protection.pseudonym("delivery:" + key);
            if (known.getIfPresent(ref) != null) {
                return Mono.just(false);
            }
            Instant now = clock.instant();
            return db.sql("INSERT INTO channel_delivery_seen (delivery_ref, seen_at) VALUES (:ref, :at)")
                    .bind("ref", ref)
                    .bind("at", at(now))
                    .then()
                    .thenReturn(true)
                    .onErrorResume(DataIntegrityViolationException.class, taken -> takeOverExpired(ref, now))
                    .doOnNext(first -> known.put(ref, Boolean.TRUE));
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

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
