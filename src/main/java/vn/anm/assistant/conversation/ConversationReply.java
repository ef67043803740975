package vn.anm.assistant.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot says back to one inbound message: one or more messages, the matcher's decision when
 * the message was a question (else the step of the flow, e.g. MENU), and the answered topic.
 */
public record ConversationReply(List<Reply> messages, TurnKind decision, @Nullable String topic) {

    public ConversationReply {
        messages = List.copyOf(messages);
    }
}
