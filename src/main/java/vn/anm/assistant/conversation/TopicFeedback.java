package vn.anm.assistant.conversation;

import java.time.Instant;

/** A citizen's 👍 or 👎 on an answered topic. */
public record TopicFeedback(String topic, Vote vote, ChannelKind channel, Instant at) {

    public enum Vote {
        HELPFUL, NOT_HELPFUL
    }

    /** 👍: stored as {@code helpful = true}. */
    public boolean helpful() {
        return vote == Vote.HELPFUL;
    }
}
