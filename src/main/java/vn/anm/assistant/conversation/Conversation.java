package vn.anm.assistant.conversation;

import reactor.core.publisher.Mono;

/** The bot's side of a chat, shared by every channel. */
public interface Conversation {

    Mono<ConversationReply> handle(InboundMessage message);
}
