package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.ConversationState;

/**
 * One turn's outcome: what to say and what to remember. {@code forget} drops the citizen's conversation
 * state instead of saving it (after "xóa dữ liệu của tôi").
 */
record Turn(ConversationReply reply, ConversationState state, boolean forget) {

    Turn(ConversationReply reply, ConversationState state) {
        this(reply, state, false);
    }

    static Turn of(TurnKind kind, @Nullable String topic, ConversationState state, List<Reply> messages) {
        return new Turn(new ConversationReply(messages, kind.name(), topic), state);
    }

    static Turn of(TurnKind kind, ConversationState state, Reply... messages) {
        return of(kind, null, state, List.of(messages));
    }

    /** A turn of a flow step named by the flow itself (e.g. {@code REPORT_WHEN}). */
    static Turn named(String decision, ConversationState state, Reply... messages) {
        return new Turn(new ConversationReply(List.of(messages), decision, null), state);
    }

    /** A turn after which nothing about the citizen is kept in the conversation. */
    static Turn forgetting(TurnKind kind, ConversationState state, Reply... messages) {
        return new Turn(new ConversationReply(List.of(messages), kind.name(), null), state, true);
    }

    /** The same turn with its last message replaced (e.g. a button offered in front). */
    Turn withLast(Reply last) {
        List<Reply> messages = new ArrayList<>(reply.messages());
        messages.set(messages.size() - 1, last);
        return new Turn(new ConversationReply(messages, reply.decision(), reply.topic()), state, forget);
    }

    /** The same turn with another message in front (e.g. a short welcome before the first answer). */
    Turn preceded(Reply first) {
        List<Reply> messages = new ArrayList<>();
        messages.add(first);
        messages.addAll(reply.messages());
        return new Turn(new ConversationReply(messages, reply.decision(), reply.topic()), state, forget);
    }
}
