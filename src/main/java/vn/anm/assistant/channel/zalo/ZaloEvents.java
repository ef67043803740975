package vn.anm.assistant.channel.zalo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import vn.anm.assistant.channel.delivery.IncomingEvent;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;

/**
 * Reads one Zalo OA event: {@code user_send_text} (a button tap comes back as text starting with
 * {@link ZaloReplyRenderer#BUTTON_MARK}), other {@code user_send_*} kinds as attachments, and
 * {@code follow} with the welcome. The OA's own {@code oa_send_*} echoes, receipts and everything
 * else are ignored. Ids stay strings; the timestamp may be a string or a number.
 */
final class ZaloEvents {

    private static final String USER_SEND = "user_send_";

    private ZaloEvents() {
    }

    static @Nullable String timestamp(JsonNode root) {
        return string(root.path("timestamp"));
    }

    static Optional<IncomingEvent> read(JsonNode root, ConversationReply welcome, Instant now) {
        String name = string(root.path("event_name"));
        if (name == null) {
            return Optional.empty();
        }
        Instant at = receivedAt(root, now);
        if (name.equals("follow")) {
            String follower = Optional.ofNullable(string(root.path("follower").path("id"))).orElse(string(root.path("sender").path("id")));
            if (follower == null) {
                return Optional.empty();
            }
            InboundMessage message = new InboundMessage(ChannelKind.ZALO, follower, "follow-" + string(root.path("timestamp")), null,
                    null, List.of(), at);
            return Optional.of(new IncomingEvent(message, welcome));
        }
        if (!name.startsWith(USER_SEND)) {
            return Optional.empty(); // oa_send_* echoes, user_received_message, user_seen_message, unfollow…
        }
        String user = string(root.path("sender").path("id"));
        String msgId = string(root.path("message").path("msg_id"));
        if (user == null || msgId == null) {
            return Optional.empty();
        }
        if (name.equals("user_send_text")) {
            String text = string(root.path("message").path("text"));
            if (text != null && text.startsWith(ZaloReplyRenderer.BUTTON_MARK)) {
                return Optional.of(IncomingEvent.of(new InboundMessage(ChannelKind.ZALO, user, msgId, null,
                        text.substring(ZaloReplyRenderer.BUTTON_MARK.length()), List.of(), at)));
            }
            return Optional.of(IncomingEvent.of(new InboundMessage(ChannelKind.ZALO, user, msgId, text, null, List.of(), at)));
        }
        String kind = name.substring(USER_SEND.length());
        return Optional.of(IncomingEvent.of(new InboundMessage(ChannelKind.ZALO, user, msgId, null, null, List.of(kind), at)));
    }

    private static Instant receivedAt(JsonNode root, Instant now) {
        String digits = string(root.path("timestamp"));
        return digits != null ? Instant.ofEpochMilli(Long.parseLong(digits.strip())) : now;
    }

    static @Nullable String string(JsonNode node) {
        if (node.isString() || node.isNumber()) {
            String value = node.asString();
            return value.isEmpty() ? null : value;
        }
        return null;
    }
}
