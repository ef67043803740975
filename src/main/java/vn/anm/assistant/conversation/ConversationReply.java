package vn.anm.assistant.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot says back to one inbound message: one or more messages, the matcher's decision when
 * the message was a question (else a name of the flow step, e.g. MENU), and the answered topic.
 */
public record ConversationReply(List<Reply> messages, String decision, @Nullable String topic) {

    public ConversationReply {
        messages = List.copyOf(messages);
    }
}
