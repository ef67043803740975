package vn.anm.assistant.channel.facebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import vn.anm.assistant.channel.delivery.IncomingEvent;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.InboundMessage;

/**
 * Reads a Messenger webhook batch: every {@code entry[]} and every {@code messaging[]} item. Keeps
 * text messages, quick-reply taps, postbacks and attachments; skips echoes, deliveries, reads and
 * anything else. All ids stay strings.
 */
final class FacebookEvents {

    private FacebookEvents() {
    }

    static List<IncomingEvent> read(JsonNode root) {
        List<IncomingEvent> events = new ArrayList<>();
        if (!"page".equals(string(root.path("object")))) {
            return events;
        }
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode item : entry.path("messaging")) {
                InboundMessage message = message(item);
                if (message != null) {
                    events.add(IncomingEvent.of(message));
                }
            }
        }
        return events;
    }

    private static @Nullable InboundMessage message(JsonNode item) {
        String sender = string(item.path("sender").path("id"));
        if (sender == null) {
            return null;
        }
        Instant at = item.path("timestamp").isNumber() ? Instant.ofEpochMilli(item.path("timestamp").asLong()) : Instant.now();
        JsonNode message = item.path("message");
        if (message.isObject()) {
            String mid = string(message.path("mid"));
            if (mid == null || message.path("is_echo").asBoolean(false)) {
                return null;
            }
            String payload = string(message.path("quick_reply").path("payload"));
            List<String> kinds = new ArrayList<>();
            for (JsonNode attachment : message.path("attachments")) {
                String type = string(attachment.path("type"));
                kinds.add(type != null ? type : "unknown");
            }
            if (message.path("sticker_id").isNumber() || string(message.path("sticker_id")) != null) {
                kinds.add("sticker");
            }
            return new InboundMessage(ChannelKind.FACEBOOK, sender, mid, string(message.path("text")), payload, kinds, at);
        }
        JsonNode postback = item.path("postback");
        if (postback.isObject()) {
            String payload = string(postback.path("payload"));
            String mid = string(postback.path("mid"));
            if (payload == null) {
                return null;
            }
            String id = mid != null ? mid : "postback-" + item.path("timestamp").asString("0");
            return new InboundMessage(ChannelKind.FACEBOOK, sender, id, string(postback.path("title")), payload, List.of(), at);
        }
        return null; // delivery, read, reaction, referral…: nothing to answer
    }

    private static @Nullable String string(JsonNode node) {
        if (node.isString() || node.isNumber()) {
            String value = node.asString();
            return value.isEmpty() ? null : value;
        }
        return null;
    }
}
