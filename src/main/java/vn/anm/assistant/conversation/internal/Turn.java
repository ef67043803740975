package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.ConversationState;

/** One turn's outcome: what to say ({@code messages}, its {@code kind} and topic) and what to remember. */
record Turn(List<Reply> messages, TurnKind kind, @Nullable String topic, ConversationState state, Memory memory) {

    /** What becomes of the conversation state after the turn. */
    enum Memory {
        /** The turn's state is saved. */
        SAVE,
        /** Nothing about the citizen is kept (after "xóa dữ liệu của tôi"). */
        FORGET,
        /** The stored state is left as it was (a lookup beside the conversation: alerts, a report's status). */
        LEAVE
    }

    Turn {
        messages = List.copyOf(messages);
    }

    static Turn of(TurnKind kind, @Nullable String topic, ConversationState state, List<Reply> messages) {
        return new Turn(messages, kind, topic, state, Memory.SAVE);
    }

    static Turn of(TurnKind kind, ConversationState state, Reply... messages) {
        return new Turn(List.of(messages), kind, null, state, Memory.SAVE);
    }

    /** A turn after which nothing about the citizen is kept in the conversation. */
    static Turn forgetting(TurnKind kind, ConversationState state, Reply... messages) {
        return new Turn(List.of(messages), kind, null, state, Memory.FORGET);
    }

    /** A turn that leaves the conversation state as it was. */
    static Turn aside(TurnKind kind, ConversationState state, List<Reply> messages) {
        return new Turn(messages, kind, null, state, Memory.LEAVE);
    }

    ConversationReply reply() {
        return new ConversationReply(messages, kind, topic);
    }

    /** The same turn with its last message replaced (e.g. a button offered in front). */
    Turn withLast(Reply last) {
        List<Reply> next = new ArrayList<>(messages);
        next.set(next.size() - 1, last);
        return new Turn(next, kind, topic, state, memory);
    }

    /** The same turn with another message in front (e.g. a short welcome before the first answer). */
    Turn preceded(Reply first) {
        List<Reply> next = new ArrayList<>();
        next.add(first);
        next.addAll(messages);
        return new Turn(next, kind, topic, state, memory);
    }

    /** The same turn said as another kind, with other messages (e.g. verdicts of a scam check and the answer after them). */
    Turn as(TurnKind otherKind, @Nullable String otherTopic, List<Reply> otherMessages) {
        return new Turn(otherMessages, otherKind, otherTopic, state, memory);
    }
}
