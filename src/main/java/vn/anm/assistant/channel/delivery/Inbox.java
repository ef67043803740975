package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.report.DataProtection;

/**
 * Where a webhook leaves what it accepted. {@link #accept} completes only once every new event of the
 * request is committed to {@code channel_inbox}, together with its delivery id in
 * {@code channel_delivery_seen} (one transaction): only then may the webhook answer 200. A repeated
 * delivery of an event already committed is dropped — it is in the inbox, or already answered.
 */
public final class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final InboxRows rows;
    private final StoredMessageDeduplicator seen;
    private final Lanes lanes;
    private final DataProtection protection;
    private final JsonMapper json;
    private final TransactionalOperator transaction;
    private final ChannelMetrics metrics;
    private final PipelineMetrics pipeline;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Runnable newWork;

    Inbox(InboxRows rows, StoredMessageDeduplicator seen, Lanes lanes, DataProtection protection, JsonMapper json,
            TransactionalOperator transaction, ChannelMetrics metrics, PipelineMetrics pipeline, DeliveryProperties properties,
            Clock clock, Runnable newWork) {
        this.rows = rows;
        this.seen = seen;
        this.lanes = lanes;
        this.protection = protection;
        this.json = json;
        this.transaction = transaction;
        this.metrics = metrics;
        this.pipeline = pipeline;
        this.properties = properties;
        this.clock = clock;
        this.newWork = newWork;
    }

    /**
     * Commits the events of one webhook request.
     *
     * @throws DeliveryOverloaded (as the Mono's error) when the inbox is full or the commit failed
     */
    public Mono<Void> accept(ChannelKind channel, List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            if (pipeline.inboxBacklog() + events.size() > properties.maxPending()) {
                metrics.event(channel, "refused-overloaded");
                return Mono.error(new DeliveryOverloaded("too many messages waiting"));
            }
            Instant now = clock.instant();
            List<Entry> entries = new ArrayList<>();
            for (IncomingEvent event : events) {
                InboundMessage message = event.message();
                String ref = seen.refOf(channel + ":" + message.userId() + ":" + message.messageId());
                if (seen.isKnown(ref)) {
                    metrics.event(channel, "duplicate");
                    continue;
                }
                String lane = lanes.of(channel, message.userId());
                String sealed = protection.encrypt(json.writeValueAsBytes(event), Lanes.inboxContext(lane));
                entries.add(new Entry(ref, lane, sealed));
            }
            if (entries.isEmpty()) {
                return Mono.empty();
            }
            return Flux.fromIterable(entries)
                    .concatMap(entry -> seen.claim(entry.ref()).flatMap(first -> first
                            ? rows.insert(channel, entry.lane(), entry.sealed(), now).thenReturn(entry)
                            : Mono.<Entry>empty().doOnSubscribe(s -> metrics.event(channel, "duplicate"))))
                    .as(transaction::transactional)
                    .collectList()
                    .doOnNext(stored -> {
                        // only now, after the commit, may this instance answer repeats from memory
                        entries.forEach(entry -> seen.remember(entry.ref()));
                        stored.forEach(entry -> metrics.event(channel, "accepted"));
                        if (!stored.isEmpty()) {
                            newWork.run();
                        }
                    })
                    .then();
        }).onErrorMap(e -> !(e instanceof DeliveryOverloaded), e -> {
            log.warn("{} events not stored, the webhook answers 503: {}", channel, e.getClass().getName());
            return new DeliveryOverloaded("the inbox could not be written");
        }).subscribeOn(Schedulers.boundedElastic()); // the embedded database blocks: never on the event loop
    }

    private record Entry(String ref, String lane, String sealed) {
    }
}
