package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Claims a batch of delivery keys at once (as a webhook batch does); returns the keys that were new. */
    public static Mono<Set<String>> claimAll(MessageDeduplicator deduplicator, List<String> keys) {
        StoredMessageDeduplicator stored = (StoredMessageDeduplicator) deduplicator;
        Map<String, String> keyOf = keys.stream().collect(Collectors.toMap(stored::refOf, key -> key));
        return stored.claimAll(List.copyOf(keyOf.keySet()))
                .map(refs -> refs.stream().map(keyOf::get).collect(Collectors.toSet()));
    }

    public static Mono<Long> purge(MessageDeduplicator deduplicator) {
        return ((StoredMessageDeduplicator) deduplicator).purgeExpired();
    }
}
