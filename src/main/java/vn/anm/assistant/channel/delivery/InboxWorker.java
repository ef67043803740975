package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.DataProtection;

/**
 * Turns inbox rows into outbox rows. Per row, in one transaction: delete the row (only while this
 * instance still holds its lease), run the conversation turn (its state, drafts and reports are written
 * in the same transaction), and store the reply's platform requests in the outbox. A crash anywhere
 * before the commit leaves the row in the inbox, to be processed again from the start; after it,
 * the reply is safely in the outbox. A failed turn is tried again later with a growing pause.
 */
final class InboxWorker extends PollingWorker<InboxRows.Claimed> {

    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);

    private final InboxRows inbox;
    private final OutboxRows outbox;
    private final ChannelSenders senders;
    private final Conversation conversation;
    private final DataProtection protection;
    private final JsonMapper json;
    private final TransactionalOperator transaction;
    private final PipelineMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Runnable repliesStored;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong claims = new AtomicLong();
    private final ReplyTexts texts = new ReplyTexts("messages/channel.properties");

    InboxWorker(InboxRows inbox, OutboxRows outbox, ChannelSenders senders, Conversation conversation, DataProtection protection,
            JsonMapper json, TransactionalOperator transaction, PipelineMetrics metrics, DeliveryProperties properties,
            Clock clock, Runnable repliesStored) {
        // a turn takes longer than the gap: claims of several rows at 100 events/s, still at once when idle
        super("anm-inbox", properties.processingConcurrency(), properties.pollEvery(), Duration.ofMillis(20));
        this.inbox = inbox;
        this.outbox = outbox;
        this.senders = senders;
        this.conversation = conversation;
        this.protection = protection;
        this.json = json;
        this.transaction = transaction;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
        this.repliesStored = repliesStored;
    }

    @Override
    Flux<InboxRows.Claimed> claim(int limit) {
        return inbox.claim(instance + ":" + claims.incrementAndGet(), limit, properties.lease(), clock.instant());
    }

    @Override
    Mono<Void> release(InboxRows.Claimed row) {
        return inbox.release(row).then();
    }

    @Override
    Mono<Void> handle(InboxRows.Claimed row) {
        ChannelSender sender = senders.of(row.channel());
        Instant now = clock.instant();
        return Mono.defer(() -> {
            IncomingEvent event = json.readValue(protection.decrypt(row.eventEnc(), Lanes.inboxContext(row.lane())), IncomingEvent.class);
            Instant answerBy = answerBy(event.message(), row.acceptedAt(), sender.replyWindow());
            if (!now.isBefore(answerBy)) {
                metrics.giveUp(row.channel(), "window-closed");
                log.warn("{} event waited past the platform's reply window and is not answered", row.channel());
                return inbox.delete(row).then();
            }
            return inbox.flushLazily()
                    .then(inbox.delete(row))
                    .flatMap(deleted -> deleted == 0 ? Mono.error(new LeaseLost()) : replyTo(event.presetReply(), event.message()))
                    .flatMap(reply -> store(row, sender.render(event.message().userId(), reply), now, answerBy))
                    .as(transaction::transactional)
                    .doOnSuccess(done -> repliesStored.run());
        }).onErrorResume(LeaseLost.class, e -> Mono.empty()) // another instance took it over: its turn now
                .onErrorResume(e -> {
                    Instant next = now.plus(backoff(row.attempts()));
                    log.warn("{} event not processed (attempt {}), tried again at {}: {}", row.channel(), row.attempts() + 1, next,
                            e.getClass().getName());
                    return inbox.retryLater(row, next).then().onErrorResume(again -> Mono.empty());
                });
    }

    private Mono<Void> store(InboxRows.Claimed row, List<Map<String, Object>> bodies, Instant now, Instant answerBy) {
        int parts = bodies.size();
        List<OutboxRows.NewPart> rows = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            rows.add(new OutboxRows.NewPart(row.channel(), row.lane(),
                    protection.encrypt(json.writeValueAsBytes(bodies.get(part)), Lanes.outboxContext(row.lane())), part, parts,
                    row.acceptedAt(), answerBy));
        }
        return outbox.insertAll(rows, now);
    }

    /** The platform's window counts from the citizen's message; a timestamp from the future counts as now. */
    private static Instant answerBy(InboundMessage message, Instant acceptedAt, Duration window) {
        Instant sent = message.receivedAt().isAfter(acceptedAt) ? acceptedAt : message.receivedAt();
        return sent.plus(window);
    }

    private Mono<ConversationReply> replyTo(ConversationReply preset, InboundMessage message) {
        if (preset != null) {
            return Mono.just(preset);
        }
        boolean hasWords = (message.text() != null && !message.text().isBlank())
                || (message.payload() != null && !message.payload().isBlank());
        if (!hasWords) {
            return Mono.just(notText(message.attachmentKinds()));
        }
        return conversation.handle(message);
    }

    /** A sticker gets a friendly nod; a photo, file or voice note an honest "I read only text". */
    private ConversationReply notText(List<String> kinds) {
        String key = kinds.contains("sticker") || kinds.contains("gif") ? "reply.sticker" : "reply.not-text";
        return new ConversationReply(List.of(Reply.text(texts.get(key))), TurnKind.NOT_TEXT, null);
    }

    private Duration backoff(int attempts) {
        long millis = properties.firstBackoff().toMillis() << Math.min(attempts, 20);
        return Duration.ofMillis(Math.min(millis, properties.maxBackoff().toMillis()));
    }

    /** The lease went to another instance before this one committed. */
    private static final class LeaseLost extends RuntimeException {

        LeaseLost() {
            super("lease lost", null, false, false);
        }
    }
}
