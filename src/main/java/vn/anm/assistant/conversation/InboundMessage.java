package vn.anm.assistant.conversation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's message in a channel-neutral form: typed {@code text}, or the {@code payload} of a
 * button they pressed; {@code attachmentKinds} names what else came (image, sticker, audio…).
 */
public record InboundMessage(ChannelKind channel, String userId, String messageId, @Nullable String text,
        @Nullable String payload, List<String> attachmentKinds, Instant receivedAt) {

    public InboundMessage {
        attachmentKinds = List.copyOf(attachmentKinds);
    }

    public static InboundMessage text(ChannelKind channel, String userId, String messageId, String text,
            Instant receivedAt) {
        return new InboundMessage(channel, userId, messageId, text, null, List.of(), receivedAt);
    }

    public static InboundMessage payload(ChannelKind channel, String userId, String messageId, String payload,
            Instant receivedAt) {
        return new InboundMessage(channel, userId, messageId, null, payload, List.of(), receivedAt);
    }
}
