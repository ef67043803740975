package vn.anm.assistant.conversation.internal;

import java.time.Clock;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.stats.ConversationCounts;

/** Adds every turn to the dashboard's anonymous daily counts: channel, decision, topic; a vote as FEEDBACK_UP/DOWN of its topic. */
final class CountedConversation implements Conversation {

    private final Conversation conversation;
    private final ConversationCounts counts;
    private final Clock clock;

    CountedConversation(Conversation conversation, ConversationCounts counts, Clock clock) {
        this.conversation = conversation;
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public Mono<ConversationReply> handle(InboundMessage message) {
        return conversation.handle(message).doOnNext(reply -> {
            String payload = message.payload();
            String decision = reply.decision().name();
            String topic = reply.topic();
            if (payload != null && payload.startsWith(Payloads.HELPFUL)) {
                decision = "FEEDBACK_UP";
                topic = payload.substring(Payloads.HELPFUL.length());
            } else if (payload != null && payload.startsWith(Payloads.NOT_HELPFUL)) {
                decision = "FEEDBACK_DOWN";
                topic = payload.substring(Payloads.NOT_HELPFUL.length());
            }
            counts.count(message.channel().name(), decision, topic, clock.instant());
        });
    }
}
