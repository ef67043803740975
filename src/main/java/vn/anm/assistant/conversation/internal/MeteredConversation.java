package vn.anm.assistant.conversation.internal;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;

/** Counts every message handled and what its turn was, around the conversation itself. */
final class MeteredConversation implements Conversation {

    private final Conversation conversation;
    private final ConversationMetrics metrics;

    MeteredConversation(Conversation conversation, ConversationMetrics metrics) {
        this.conversation = conversation;
        this.metrics = metrics;
    }

    @Override
    public Mono<ConversationReply> handle(InboundMessage message) {
        metrics.received(message.channel());
        return conversation.handle(message).doOnNext(reply -> metrics.decided(reply.decision()));
    }
}
