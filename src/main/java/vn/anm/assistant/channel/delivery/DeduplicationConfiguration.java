package vn.anm.assistant.channel.delivery;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.DataProtection;

/** The database deduplicator, and the job that forgets deliveries older than {@code anm.channel.delivery.dedup-ttl}. */
@Configuration(proxyBeanMethods = false)
class DeduplicationConfiguration {

    @Bean
    StoredMessageDeduplicator messageDeduplicator(DatabaseClient db, DataProtection protection, DeliveryProperties properties) {
        return new StoredMessageDeduplicator(db, protection, properties, Clock.systemUTC());
    }

    @Bean
    DeduplicationPurge deduplicationPurge(StoredMessageDeduplicator deduplicator) {
        return new DeduplicationPurge(deduplicator);
    }

    /** Runs every {@code anm.channel.delivery.dedup-purge-every} (1 hour by default). */
    static final class DeduplicationPurge {

        private static final Logger log = LoggerFactory.getLogger(DeduplicationPurge.class);

        private final StoredMessageDeduplicator deduplicator;

        DeduplicationPurge(StoredMessageDeduplicator deduplicator) {
            this.deduplicator = deduplicator;
        }

        @Scheduled(initialDelayString = "${anm.channel.delivery.dedup-purge-every:1h}",
                fixedDelayString = "${anm.channel.delivery.dedup-purge-every:1h}")
        Mono<Void> purgeNow() {
            return Mono.defer(deduplicator::purgeExpired)
                    .onErrorResume(e -> {
                        log.warn("Delivery-id purge failed, the next run retries: {}", e.getClass().getName());
                        return Mono.empty();
                    })
                    .then();
        }
    }
}
