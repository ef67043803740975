package vn.anm.assistant.channel.facebook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import vn.anm.assistant.channel.delivery.IncomingEvent;
import vn.anm.assistant.channel.webhook.ItemMask;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.InboundMessage;

/**
 * Reads a Messenger webhook batch: every {@code entry[]} and every {@code messaging[]} item, each on
 * its own. Keeps text messages, quick-reply taps, postbacks and attachments; skips echoes, deliveries,
 * reads and anything else. An item that cannot be read (a timestamp out of range, a field of the wrong
 * type) is logged without its content and skipped; the others are kept. All ids stay strings.
 */
final class FacebookEvents {

    private static final Logger log = LoggerFactory.getLogger(FacebookEvents.class);
    /** Messenger's timestamps are epoch milliseconds of a message just sent: nothing before 2010, nothing a day ahead. */
    private static final Instant EARLIEST = Instant.parse("2010-01-01T00:00:00Z");

    private FacebookEvents() {
    }

    /** The readable events of a batch, and how many items had to be skipped. */
    record Batch(List<IncomingEvent> events, int skipped) {
    }

    static Batch read(JsonNode root, Instant now) {
        List<IncomingEvent> events = new ArrayList<>();
        int skipped = 0;
        if (!"page".equals(string(root.path("object")))) {
            return new Batch(events, 0);
        }
        int index = 0;
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode item : entry.path("messaging")) {
                index++;
                try {
                    InboundMessage message = message(item, now);
                    if (message != null) {
                        events.add(IncomingEvent.of(message));
                    }
                } catch (RuntimeException bad) {
                    skipped++;
                    log.warn("Skipped Messenger item {} from {}: {} ({})", index, ItemMask.userId(safeString(item.path("sender").path("id"))),
                            bad.getMessage() == null ? "unreadable" : bad.getMessage(), bad.getClass().getSimpleName());
                }
            }
        }
        return new Batch(events, skipped);
    }

    private static @Nullable InboundMessage message(JsonNode item, Instant now) {
        if (!item.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        String sender = string(item.path("sender").path("id"));
        if (sender == null) {
            return null;
        }
        Instant at = timestamp(item.path("timestamp"), now);
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
            String id = mid != null ? mid : "postback-" + at.toEpochMilli();
            return new InboundMessage(ChannelKind.FACEBOOK, sender, id, string(postback.path("title")), payload, List.of(), at);
        }
        return null; // delivery, read, reaction, referral…: nothing to answer
    }

    /** A present timestamp must be a plausible epoch-millisecond number; an absent one means now. */
    private static Instant timestamp(JsonNode node, Instant now) {
        if (node.isMissingNode() || node.isNull()) {
            return now;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("timestamp is not epoch milliseconds");
        }
        Instant at = Instant.ofEpochMilli(node.longValue());
        if (at.isBefore(EARLIEST) || at.isAfter(now.plus(Duration.ofDays(1)))) {
            throw new IllegalArgumentException("timestamp out of range");
        }
        return at;
    }

    private static @Nullable String safeString(JsonNode node) {
        try {
            return string(node);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static @Nullable String string(JsonNode node) {
        if (node.isString() || node.isNumber()) {
            String value = node.asString();
            return value.isEmpty() ? null : value;
        }
        return null;
    }
}
