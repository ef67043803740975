package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.report.DataProtection;

/**
 * The durable pipeline: webhooks commit events to the inbox ({@link Inbox}); the inbox worker runs
 * the conversation and fills the outbox; the outbox worker sends. {@link DeliveryPipeline} starts and
 * stops both workers; purges forget old delivery ids and attempt records.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    StoredMessageDeduplicator messageDeduplicator(DatabaseClient db, DataProtection protection, DeliveryProperties properties, Clock clock) {
        return new StoredMessageDeduplicator(db, protection, properties, clock);
    }

    @Bean
    InboxRows inboxRows(DatabaseClient db) {
        return new InboxRows(db);
    }

    @Bean
    OutboxRows outboxRows(DatabaseClient db) {
        return new OutboxRows(db);
    }

    @Bean
    PipelineMetrics pipelineMetrics(MeterRegistry registry, InboxRows inbox, OutboxRows outbox, Clock clock) {
        return new PipelineMetrics(registry, inbox, outbox, clock);
    }

    @Bean
    ChannelSenders channelSenders(List<ChannelSender> senders) {
        return new ChannelSenders(senders);
    }

    @Bean
    OutboxWorker outboxWorker(OutboxRows outbox, ChannelSenders senders, DataProtection protection, PipelineMetrics metrics,
            ChannelMetrics channelMetrics, DeliveryProperties properties, TransactionalOperator transaction, Clock clock) {
        return new OutboxWorker(outbox, senders, protection, metrics, channelMetrics, properties, transaction, clock);
    }

    @Bean
    InboxWorker inboxWorker(InboxRows inbox, OutboxRows outbox, ChannelSenders senders, Conversation conversation,
            DataProtection protection, JsonMapper json, TransactionalOperator transaction, PipelineMetrics metrics,
            DeliveryProperties properties, OutboxWorker outboxWorker, Clock clock) {
        return new InboxWorker(inbox, outbox, senders, conversation, protection, json, transaction, metrics, properties, clock,
                outboxWorker::nudge);
    }

    @Bean
    Inbox inbox(InboxRows rows, StoredMessageDeduplicator seen, DataProtection protection, JsonMapper json,
            TransactionalOperator transaction, ChannelMetrics metrics, PipelineMetrics pipeline, DeliveryProperties properties,
            InboxWorker inboxWorker, Clock clock) {
        return new Inbox(rows, seen, new Lanes(protection), protection, json, transaction, metrics, pipeline, properties, clock,
                inboxWorker::nudge);
    }

    @Bean
    DeliveryPipeline deliveryPipeline(InboxWorker inbox, OutboxWorker outbox, DeliveryProperties properties) {
        return new DeliveryPipeline(inbox, outbox, properties);
    }

    @Bean
    DeliveryPurge deliveryPurge(StoredMessageDeduplicator deduplicator, OutboxRows outbox, DeliveryProperties properties, Clock clock) {
        return new DeliveryPurge(deduplicator, outbox, properties, clock);
    }

    /** Every {@code anm.channel.delivery.dedup-purge-every} (1 hour): old delivery ids and attempt records go. */
    static final class DeliveryPurge {

        private static final Logger log = LoggerFactory.getLogger(DeliveryPurge.class);

        private final StoredMessageDeduplicator deduplicator;
        private final OutboxRows outbox;
        private final DeliveryProperties properties;
        private final Clock clock;

        DeliveryPurge(StoredMessageDeduplicator deduplicator, OutboxRows outbox, DeliveryProperties properties, Clock clock) {
            this.deduplicator = deduplicator;
            this.outbox = outbox;
            this.properties = properties;
            this.clock = clock;
        }

        @Scheduled(initialDelayString = "${anm.channel.delivery.dedup-purge-every:1h}",
                fixedDelayString = "${anm.channel.delivery.dedup-purge-every:1h}")
        Mono<Void> purgeNow() {
            return Mono.defer(deduplicator::purgeExpired)
                    .then(Mono.defer(() -> outbox.purgeAttemptsBefore(clock.instant().minus(properties.attemptRetention()))))
                    .onErrorResume(e -> {
                        log.warn("Delivery purge failed, the next run retries: {}", e.getClass().getName());
                        return Mono.empty();
                    })
                    .then();
        }
    }
}
