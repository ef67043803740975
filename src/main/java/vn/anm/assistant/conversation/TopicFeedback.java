package vn.anm.assistant.conversation;

import java.time.Instant;

/** A citizen's 👍 ({@code helpful}) or 👎 on an answered topic. */
public record TopicFeedback(String topic, boolean helpful, ChannelKind channel, Instant at) {
}
