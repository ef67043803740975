package vn.anm.assistant.channel.delivery;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.ReplyTexts;

/**
 * From accepted webhook events to delivered replies: queues each event in its user's lane and, in the
 * background, drops repeated deliveries, asks the conversation, renders and sends with retries.
 * {@link #accept} returns at once; nothing here waits for a platform.
 */
@Component
public class ReplyDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

    private final Conversation conversation;
    private final OrderedDispatcher dispatcher;
    private final MessageDeduplicator deduplicator;
    private final SendRetry retry;
    private final ChannelMetrics metrics;
    private final ReplyTexts texts = new ReplyTexts("messages/channel.properties");

    ReplyDelivery(Conversation conversation, OrderedDispatcher dispatcher, MessageDeduplicator deduplicator,
            SendRetry retry, ChannelMetrics metrics) {
        this.conversation = conversation;
        this.dispatcher = dispatcher;
        this.deduplicator = deduplicator;
        this.retry = retry;
        this.metrics = metrics;
    }

    /**
     * Queues the events of one webhook request.
     *
     * @throws DeliveryOverloaded when the queue is full; the webhook then refuses the request and the
     *         platform delivers it again later
     */
    public <B> void accept(ChannelSender<B> sender, List<IncomingEvent> events) {
        if (!dispatcher.hasRoomFor(events.size())) {
            metrics.event(sender.channel(), "refused-overloaded");
            throw new DeliveryOverloaded();
        }
        for (IncomingEvent event : events) {
            InboundMessage message = event.message();
            String lane = sender.channel() + ":" + message.userId();
            String key = lane + ":" + message.messageId();
            metrics.event(sender.channel(), "accepted");
            Timer.Sample accepted = metrics.accepted();
            dispatcher.submit(lane, Mono.defer(() -> firstDelivery(sender, key)
                    .flatMap(first -> first ? process(sender, event, accepted) : Mono.empty())));
        }
    }

    /**
     * Asked in the lane, not on the webhook's thread: the 200 never waits for the database. When the
     * database cannot say, the message is processed: a rare double reply beats silence.
     */
    private Mono<Boolean> firstDelivery(ChannelSender<?> sender, String key) {
        return deduplicator.firstDelivery(key)
                .defaultIfEmpty(true)
                .onErrorResume(e -> {
                    log.warn("{} delivery check failed, processing anyway: {}", sender.channel(), e.getClass().getName());
                    return Mono.just(true);
                })
                .doOnNext(first -> {
                    if (!first) {
                        metrics.event(sender.channel(), "duplicate");
                    }
                });
    }

    private <B> Mono<Void> process(ChannelSender<B> sender, IncomingEvent event, Timer.Sample accepted) {
        InboundMessage message = event.message();
        return replyTo(event)
                .map(reply -> sender.render(message.userId(), reply))
                .flatMapMany(Flux::fromIterable)
                .concatMap(body -> retry.retrying(sender.channel(), sender.send(body))
                        .doOnSuccess(sent -> metrics.sent(sender.channel())))
                .then()
                .doOnSuccess(done -> {
                    metrics.delivered(sender.channel());
                    metrics.answered(sender.channel(), accepted);
                })
                .onErrorResume(SendFailure.class, failure -> {
                    log.warn("{} reply not delivered: {}", sender.channel(), failure.reason());
                    metrics.failed(sender.channel(), failure.reason());
                    return Mono.empty();
                })
                .onErrorResume(e -> {
                    log.error("{} reply not delivered: {}", sender.channel(), e.toString());
                    metrics.failed(sender.channel(), "error");
                    return Mono.empty();
                });
    }

    private Mono<ConversationReply> replyTo(IncomingEvent event) {
        if (event.presetReply() != null) {
            return Mono.just(event.presetReply());
        }
        InboundMessage message = event.message();
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
        return new ConversationReply(List.of(Reply.text(texts.get(key))), "NOT_TEXT", null);
    }
}
