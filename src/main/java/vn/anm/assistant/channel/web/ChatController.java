package vn.anm.assistant.channel.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.channel.delivery.ChannelMetrics;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.ReplyTexts;

/**
 * POST /api/v1/chat: the web chat page's conversation, the same one Zalo and Facebook users get. The
 * citizen is the session the server issued (an HttpOnly cookie); a {@code user} field in the body is
 * ignored. Each turn runs in one transaction, as a webhook turn does: the conversation state, a draft
 * or a filed report and the answer shown are all kept, or none. The answer comes back synchronously.
 */
@RestController
class ChatController {

    private static final int MAX_PAYLOAD = 200;
    /** The payload that throws away an unsent report draft (the intake's "Hủy"). */
    private static final String CANCEL_DRAFT = "report:cancel";

    private final Conversation conversation;
    private final WebChatSessions sessions;
    private final WebChatVotes votes;
    private final TransactionalOperator transaction;
    private final ChannelMetrics metrics;
    private final Clock clock;
    private final ReplyTexts texts = new ReplyTexts("messages/channel.properties");

    ChatController(Conversation conversation, WebChatSessions sessions, WebChatVotes votes, TransactionalOperator transaction,
            ChannelMetrics metrics, Clock clock) {
        this.conversation = conversation;
        this.sessions = sessions;
        this.votes = votes;
        this.transaction = transaction;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/chat", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ConversationReply> chat(@RequestBody ChatRequest request, ServerWebExchange exchange) {
        String messageId = "web-" + UUID.randomUUID();
        String payload = request.payload();
        InboundMessage message;
        String session = sessions.session(exchange);
        String user = sessions.userIdOf(session);
        if (payload != null && !payload.isBlank()) {
            if (payload.length() > MAX_PAYLOAD) {
                throw new InvalidMessage("The field 'payload' is longer than " + MAX_PAYLOAD + " characters.");
            }
            message = InboundMessage.payload(ChannelKind.WEB, user, messageId, payload, clock.instant());
        } else {
            message = InboundMessage.text(ChannelKind.WEB, user, messageId, MessageLimits.requireValid(request.text()), clock.instant());
        }
        Timer.Sample accepted = metrics.accepted();
        Mono<ConversationReply> turn = Mono.defer(() -> conversation.handle(message)).as(transaction::transactional);
        if (payload != null && WebChatVotes.isVote(payload.strip())) {
            turn = votes.allow(sessions.refOf(session), payload.strip())
                    .flatMap(allowed -> allowed ? conversation.handle(message).as(transaction::transactional) : Mono.just(alreadyVoted()));
        }
        // the embedded database blocks, and a turn may wait for a row lock: never on the event loop
        return turn.subscribeOn(Schedulers.boundedElastic())
                .doOnNext(reply -> answered(reply, accepted)); // the page shows the reply as soon as it arrives
    }

    /**
     * "Bắt đầu lại" on a shared phone: the current session's unsent report draft is deleted, and the browser
     * gets a new session, so the next person is somebody new and is never offered the previous person's draft.
     */
    @PostMapping(path = "/api/v1/chat/restart")
    Mono<Void> restart(ServerWebExchange exchange) {
        String previous = sessions.existingSession(exchange);
        sessions.startNew(exchange);
        if (previous == null) {
            return Mono.empty();
        }
        InboundMessage cancel = InboundMessage.payload(ChannelKind.WEB, sessions.userIdOf(previous), "web-" + UUID.randomUUID(),
                CANCEL_DRAFT, clock.instant());
        return Mono.defer(() -> conversation.handle(cancel)).as(transaction::transactional)
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    private void answered(ConversationReply reply, Timer.Sample accepted) {
        reply.messages().forEach(m -> metrics.sent(ChannelKind.WEB));
        metrics.answered(ChannelKind.WEB, accepted);
    }

    private ConversationReply alreadyVoted() {
        return new ConversationReply(List.of(new Reply(texts.get("reply.vote-already"), List.of(new Button(texts.get("button.menu"), "menu")),
                null)), TurnKind.FEEDBACK, null);
    }
}
