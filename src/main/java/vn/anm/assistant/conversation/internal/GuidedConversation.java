package vn.anm.assistant.conversation.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.ConversationStateStore;

/**
 * The conversation every channel talks to. Per message: load the citizen's state (none after 30 minutes
 * of silence: a new conversation), then, in this order, a pressed button, "xóa dữ liệu của tôi" and its
 * confirmation, the report intake when it is active (only "menu" and "liên hệ" leave it), a typed
 * "trình báo", a command ("hủy", "menu", "liên hệ"), small talk and other shortcuts, and finally the
 * question itself (urgent cases before the knowledge base). The new state is saved before the reply goes
 * out — or dropped, after the person's data was deleted.
 */
final class GuidedConversation implements Conversation {

    private static final Logger log = LoggerFactory.getLogger(GuidedConversation.class);

    private final ConversationStateStore states;
    private final Replies replies;
    private final PayloadHandler payloads;
    private final ShortcutHandler shortcuts;
    private final QuestionHandler questions;
    private final ScamCheckReplies scamChecks;
    private final Clock clock;

    GuidedConversation(ConversationStateStore states, Replies replies, PayloadHandler payloads, ShortcutHandler shortcuts,
            QuestionHandler questions, ScamCheckReplies scamChecks, Clock clock) {
        this.states = states;
        this.replies = replies;
        this.payloads = payloads;
        this.shortcuts = shortcuts;
        this.questions = questions;
        this.scamChecks = scamChecks;
        this.clock = clock;
    }

    @Override
    public Mono<ConversationReply> handle(InboundMessage message) {
        Instant now = clock.instant();
        return states.find(message.userId())
                .map(state -> route(message, state, false, now))
                .switchIfEmpty(Mono.fromSupplier(() -> route(message, ConversationState.start(now), true, now)))
                .flatMap(turn -> turn)
                .flatMap(turn -> (turn.forget() ? states.remove(message.userId()) : states.save(message.userId(), turn.state()))
                        .thenReturn(turn.reply()))
                .onErrorResume(e -> {
                    // Only the exception type: no message text or user id in the log.
                    log.warn("Conversation turn failed on {}: {}", message.channel(), e.getClass().getName());
                    return Mono.just(replies.answers().failure(ConversationState.start(now), now).reply());
                });
    }

    private Mono<Turn> route(InboundMessage message, ConversationState state, boolean fresh, Instant now) {
        String payload = message.payload();
        if (payload != null && !payload.isBlank()) {
            if (payload.startsWith(ScamCheckReplies.REPORT)) return scamChecks.report(payload.strip(), message, state, now); // #17
            return pressed(payload.strip(), message, state, now);
        }
        String text = message.text();
        if (text == null || text.isBlank()) {
            return Mono.just(message.attachmentKinds().isEmpty() ? replies.menu().welcome(state, now)
                    : replies.menu().attachment(state, now));
        }
        if (replies.deletion().requested(text)) {
            return Mono.just(replies.deletion().ask(state, now));
        }
        if (replies.deletion().owns(state)) {
            return replies.deletion().answer(text, message, state, now);
        }
        if (replies.report().owns(state) && !shortcuts.leavesFlow(text)) {
            return replies.report().proceed(text, message, state, now);
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Mono.just(replies.menu().welcome(state, now)); // "?", "...", an emoji: the menu, not "not found"
        }
        if (IntakeWords.startsReport(text)) {
            return replies.report().start(message, state, now);
        }
        return shortcuts.command(text, message, state, now)
                .or(() -> scamChecks.check(text, message, state, fresh, now)) // #17: links, numbers, accounts before anything else
                .or(() -> shortcuts.shortcut(text, message, state, fresh, now))
                .orElseGet(() -> questions.handle(text, message, state, fresh, now));
    }

    /** A malformed payload that cannot even be read ("group::", a truncated one) is the menu, never the failure reply. */
    private Mono<Turn> pressed(String payload, InboundMessage message, ConversationState state, Instant now) {
        try {
            return payloads.handle(payload, message, state, now);
        } catch (RuntimeException malformed) {
            log.info("Unreadable payload on {}: {}", message.channel(), malformed.getClass().getName());
            return Mono.just(replies.menu().welcome(state, now));
        }
    }
}
