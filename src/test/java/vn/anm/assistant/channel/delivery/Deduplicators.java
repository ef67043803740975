package vn.anm.assistant.channel.delivery;

import java.time.Clock;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.DataProtection;

/** Opens the database deduplicator to the channel's storage contract: one call is one more instance. */
public final class Deduplicators {

    private Deduplicators() {
    }

    public static MessageDeduplicator instance(DatabaseClient db, DataProtection protection, DeliveryProperties properties,
            Clock clock) {
        return new StoredMessageDeduplicator(db, protection, properties, clock);
    }

    public static Mono<Long> purge(MessageDeduplicator deduplicator) {
        return ((StoredMessageDeduplicator) deduplicator).purgeExpired();
    }
}
