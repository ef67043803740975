package vn.anm.assistant.conversation.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
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
 * Local alerts in the chat, around the conversation: "Cảnh báo mới" (the button or typed) lists the alerts valid now;
 * the main menu and the greeting offer them while any is valid; an answer on an alert's topic carries the alert in
 * front, once per chat account (remembered under a pseudonym, never the user id). Alert text is plain text.
 */
final class AlertConversation implements Conversation {

    static final String PAYLOAD = "alerts";
    static final String DECISION = "ALERTS";
    private static final Set<String> ASKS = Set.of("canh bao moi", "canh bao", "xem canh bao", "canh bao moi nhat");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Conversation conversation;
    private final LocalAlerts alerts;
    private final DataProtection protection;
    private final ReplyTexts texts;
    private final ZoneId zone;

    AlertConversation(Conversation conversation, LocalAlerts alerts, DataProtection protection, ReplyTexts texts, ZoneId zone) {
        this.conversation = conversation;
        this.alerts = alerts;
        this.protection = protection;
        this.texts = texts;
        this.zone = zone;
    }

    @Override
    public Mono<ConversationReply> handle(InboundMessage message) {
        Instant now = Instant.now();
        if (PAYLOAD.equals(message.payload()) || (message.text() != null && ASKS.contains(folded(message.text())))) {
            return alerts.active(now).map(this::list);
        }
        return conversation.handle(message).flatMap(reply -> alerts.active(now)
                .flatMap(active -> active.isEmpty() ? Mono.just(reply) : decorate(reply, active, message, now))
                .onErrorResume(e -> Mono.just(reply))); // an alert table problem never costs the citizen the answer
    }

    private Mono<ConversationReply> decorate(ConversationReply reply, List<LocalAlert> active, InboundMessage message, Instant now) {
        if ("MENU".equals(reply.decision())) {
            List<Reply> messages = new ArrayList<>(reply.messages());
            messages.add(new Reply(texts.get("alert.offer", active.size(), active.get(0).title()), List.of(alertsButton()), null));
            return Mono.just(new ConversationReply(messages, reply.decision(), reply.topic()));
        }
        String topic = reply.topic();
        if (!"ANSWER".equals(reply.decision()) || topic == null) {
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
                    related.forEach(alert -> messages.add(Reply.text(item(alert))));
                    messages.addAll(reply.messages());
                    return new ConversationReply(messages, reply.decision(), reply.topic());
                });
    }

    private ConversationReply list(List<LocalAlert> active) {
        List<Button> menu = List.of(new Button(texts.get("button.menu"), Payloads.MENU));
        if (active.isEmpty()) {
            return new ConversationReply(List.of(new Reply(texts.get("alert.none"), menu, null)), DECISION, null);
        }
        List<Reply> messages = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            messages.add(new Reply(item(active.get(i)), i == active.size() - 1 ? menu : List.of(), null));
        }
        return new ConversationReply(messages, DECISION, null);
    }

    private String item(LocalAlert alert) {
        String where = String.join(", ", alert.communes());
        if (where.length() > 300) {
            where = where.substring(0, 299) + "…";
        }
        return texts.get(where.isEmpty() ? "alert.item" : "alert.item.communes", alert.title(), alert.text(),
                SHOWN.format(alert.validUntil().atZone(zone)), where);
    }

    private Button alertsButton() {
        return new Button(texts.get("button.alerts"), PAYLOAD);
    }

    private static String folded(String text) {
        return ReportStatusConversation.fold(text).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }
}
