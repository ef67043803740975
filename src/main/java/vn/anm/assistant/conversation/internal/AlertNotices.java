package vn.anm.assistant.conversation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.alert.LocalAlert;
import vn.anm.assistant.alert.LocalAlerts;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.DataProtection;

/**
 * Local alerts around every reply (the list itself is {@link AlertListHandler}): the main menu and the greeting offer
 * them while any is valid; an answer on an alert's topic carries the alert in front, once per chat account
 * (remembered under a pseudonym, never the user id). An alert table problem never costs the citizen the answer.
 */
record AlertNotices(Conversation conversation, LocalAlerts alerts, AlertItems items, DataProtection protection, ReplyTexts texts,
        Clock clock) implements Conversation {

    @Override
    public Mono<ConversationReply> handle(InboundMessage message) {
        return conversation.handle(message).flatMap(reply -> {
            Instant now = clock.instant();
            return alerts.active(now)
                    .flatMap(active -> active.isEmpty() ? Mono.just(reply) : decorate(reply, active, message, now))
                    .onErrorResume(e -> Mono.just(reply));
        });
    }

    private Mono<ConversationReply> decorate(ConversationReply reply, List<LocalAlert> active, InboundMessage message, Instant now) {
        if (reply.decision() == TurnKind.MENU) {
            List<Reply> messages = new ArrayList<>(reply.messages());
            messages.add(new Reply(texts.get("alert.offer", active.size(), active.get(0).title()),
                    List.of(new Button(texts.get("button.alerts"), AlertListHandler.PAYLOAD)), null));
            return Mono.just(new ConversationReply(messages, reply.decision(), reply.topic()));
        }
        String topic = reply.topic();
        if (reply.decision() != TurnKind.ANSWER || topic == null) {
            return Mono.just(reply);
        }
        String userRef = protection.pseudonym("alert-shown:" + message.channel().name() + ":" + message.userId());
        return Flux.fromIterable(active)
                .filter(alert -> topic.equals(alert.topic()))
                .concatMap(alert -> alerts.firstShowing(alert.id(), userRef, now).filter(Boolean::booleanValue).map(first -> alert))
                .collectList()
                .map(related -> {
                    if (related.isEmpty()) {
                        return reply;
                    }
                    List<Reply> messages = new ArrayList<>();
                    related.forEach(alert -> messages.add(Reply.text(items.item(alert))));
                    messages.addAll(reply.messages());
                    return new ConversationReply(messages, reply.decision(), reply.topic());
                });
    }
}
