package vn.anm.assistant.conversation.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot remembers about one citizen between messages: the last answered topic, the topics it
 * just offered (so "2" picks the second), the {@link Step} and the topics already rated in this conversation.
 */
public record ConversationState(@Nullable String lastTopic, List<String> offered, Step step, List<String> rated,
        Instant updatedAt) {

    public ConversationState {
        offered = List.copyOf(offered);
        rated = List.copyOf(rated);
    }

    public static ConversationState start(Instant now) {
        return new ConversationState(null, List.of(), Step.IDLE, List.of(), now);
    }

    public ConversationState withStep(Step nextStep, List<String> nextOffered, Instant now) {
        return new ConversationState(lastTopic, nextOffered, nextStep, rated, now);
    }

    public ConversationState answered(String topic, List<String> nextOffered, Instant now) {
        return new ConversationState(topic, nextOffered, new Step.Answered(), rated, now);
    }

    public ConversationState rated(String topic, Instant now) {
        List<String> next = new ArrayList<>(rated);
        if (!next.contains(topic)) {
            next.add(topic);
        }
        return new ConversationState(lastTopic, offered, step, next, now);
    }

    public boolean hasRated(String topic) {
        return rated.contains(topic);
    }
}
