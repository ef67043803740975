package vn.anm.assistant.channel.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;
import vn.anm.assistant.channel.delivery.ChannelMetrics;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;

/** POST /api/v1/chat: the web chat page's conversation, the same one Zalo and Facebook users get. */
@RestController
class ChatController {

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_PAYLOAD = 200;

    private final Conversation conversation;
    private final ChannelMetrics metrics;

    ChatController(Conversation conversation, ChannelMetrics metrics) {
        this.conversation = conversation;
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/v1/chat", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ConversationReply> chat(@RequestBody ChatRequest request) {
        String user = request.user();
        if (user == null || !USER_ID.matcher(user).matches()) {
            throw new InvalidMessage("The field 'user' is required: 1 to 64 letters, digits, '-' or '_'.");
        }
        String messageId = "web-" + UUID.randomUUID();
        if (request.payload() != null && !request.payload().isBlank()) {
            if (request.payload().length() > MAX_PAYLOAD) {
                throw new InvalidMessage("The field 'payload' is longer than " + MAX_PAYLOAD + " characters.");
            }
            return answered(conversation.handle(InboundMessage.payload(ChannelKind.WEB, "web:" + user, messageId, request.payload())));
        }
        String text = MessageLimits.requireValid(request.text());
        return answered(conversation.handle(InboundMessage.text(ChannelKind.WEB, "web:" + user, messageId, text)));
    }

    /** The page shows the reply as soon as this response arrives: that is when it went out. */
    private Mono<ConversationReply> answered(Mono<ConversationReply> reply) {
        Timer.Sample accepted = metrics.accepted();
        return reply.doOnNext(r -> {
            r.messages().forEach(m -> metrics.sent(ChannelKind.WEB));
            metrics.answered(ChannelKind.WEB, accepted);
        });
    }
}
