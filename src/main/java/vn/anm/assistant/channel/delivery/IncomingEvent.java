package vn.anm.assistant.channel.delivery;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;

/**
 * A user event accepted from a webhook: the message for the conversation, or, for events that are
 * not messages (a new follower), the reply the channel already knows.
 */
public record IncomingEvent(InboundMessage message, @Nullable ConversationReply presetReply) {

    public static IncomingEvent of(InboundMessage message) {
        return new IncomingEvent(message, null);
    }
}
