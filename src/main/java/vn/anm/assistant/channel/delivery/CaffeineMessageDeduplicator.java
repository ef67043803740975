package vn.anm.assistant.channel.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * In-memory message ids, bounded in size and forgotten after a day. Lost on restart: the database
 * version comes with the report issue.
 */
@Component
class CaffeineMessageDeduplicator implements MessageDeduplicator {

    private final Cache<String, Boolean> seen;

    CaffeineMessageDeduplicator(DeliveryProperties properties) {
        this.seen = Caffeine.newBuilder()
                .maximumSize(properties.dedupMaxSize())
                .expireAfterWrite(properties.dedupTtl())
                .build();
    }

    @Override
    public boolean firstDelivery(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
