package vn.anm.assistant.conversation.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.Step;

/**
 * One incoming message with what the bot remembers of the conversation so far, the time of the turn (one
 * reading of the clock) and whether the message opens a new conversation.
 */
record TurnContext(InboundMessage message, ConversationState state, Opening opening, Instant now) {

    /** Whether this message opened the conversation (no state found: first contact, or after 30 minutes of silence). */
    enum Opening {
        FIRST_TURN, LATER
    }

    /** A turn outside any chat: the console's preview of an answer as a citizen would get it. */
    static TurnContext preview(Instant now) {
        return new TurnContext(new InboundMessage(ChannelKind.WEB, "preview", "preview", null, null, List.of(), now),
                ConversationState.start(now), Opening.LATER, now);
    }

    boolean firstTurn() {
        return opening == Opening.FIRST_TURN;
    }

    /** The typed text, null for a pressed button or an attachment. */
    @Nullable
    String text() {
        return message.text();
    }

    /** The state after this turn: {@code step}, nothing offered to pick by number. */
    ConversationState next(Step step) {
        return new ConversationState(state.lastTopic(), List.of(), step, state.rated(), now);
    }

    /** The state after this turn: {@code step}, with {@code offered} topics to pick by number. */
    ConversationState next(Step step, List<String> offered) {
        return new ConversationState(state.lastTopic(), offered, step, state.rated(), now);
    }

    /** The state as it was, touched now. */
    ConversationState unchanged() {
        return new ConversationState(state.lastTopic(), state.offered(), state.step(), state.rated(), now);
    }

    /** The same message read as a later one (a part of the turn that must not greet again). */
    TurnContext later() {
        return new TurnContext(message, state, Opening.LATER, now);
    }
}
