package vn.anm.assistant.channel.zalo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.channel.delivery.ChannelMetrics;
import vn.anm.assistant.channel.delivery.IncomingEvent;
import vn.anm.assistant.channel.delivery.Inbox;
import vn.anm.assistant.channel.webhook.ItemMask;
import vn.anm.assistant.channel.webhook.WebhookBody;
import vn.anm.assistant.channel.webhook.WebhookRejected;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.ReplyTexts;

/**
 * The Zalo OA webhook: checks {@code X-ZEvent-Signature} over the raw bytes and the body's app id,
 * refuses a signed event whose timestamp is further from now than {@code max-event-age} (a replay or a
 * very late retry: 200, nothing done), commits the user's message to the inbox and only then answers
 * 200 (503 when it could not be stored). An event that cannot be read is logged and skipped (200). An
 * empty probe ({@code {}} or no body), which Zalo seems to send when the URL is saved, gets 200 and
 * nothing else. Off (404) without credentials.
 */
@RestController
class ZaloWebhookController {

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhookController.class);

    private final ZaloProperties properties;
    private final @Nullable ZaloSignature signature;
    private final Inbox inbox;
    private final ChannelMetrics metrics;
    private final JsonMapper json;
    private final ConversationReply welcome;
    private final Clock clock;

    ZaloWebhookController(ZaloProperties properties, Inbox inbox, ChannelMetrics metrics, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.properties = properties;
        this.signature = properties.configured() ? new ZaloSignature(properties.appId(), properties.oaSecretKey()) : null;
        this.inbox = inbox;
        this.metrics = metrics;
        this.json = json;
        this.welcome = new ConversationReply(List.of(Reply.text(new ReplyTexts("messages/channel.properties").get("reply.welcome"))),
                TurnKind.WELCOME, null);
        if (signature == null) {
            log.info("Zalo channel off: set ZALO_APP_ID, ZALO_OA_SECRET_KEY, ZALO_APP_SECRET_KEY and ZALO_REFRESH_TOKEN to turn it on");
        } else {
            log.info("Zalo channel on, sending through {}", properties.openapiUrl());
        }
    }

    @PostMapping("/webhooks/zalo")
    Mono<ResponseEntity<Void>> receive(@RequestHeader(name = "X-ZEvent-Signature", required = false) @Nullable String header,
            ServerHttpRequest request) {
        ZaloSignature verifier = signature;
        if (verifier == null) {
            return Mono.error(WebhookRejected.channelOff());
        }
        return WebhookBody.read(request).flatMap(body -> {
            JsonNode root = parse(body);
            if (header == null && root.isEmpty()) {
                return Mono.just(ResponseEntity.ok().<Void>build()); // the URL-save probe: nothing to do
            }
            String timestamp = ZaloEvents.timestamp(root);
            if (timestamp == null || !properties.appId().equals(ZaloEvents.string(root.path("app_id")))
                    || !verifier.matches(body, timestamp, header)) {
                return Mono.error(WebhookRejected.badSignature());
            }
            if (!recent(timestamp)) {
                // signed, but too old (or from the future): a replay, or a retry long after the citizen wrote
                metrics.event(ChannelKind.ZALO, "refused-stale");
                log.warn("Refused a signed Zalo event {} from {}: older than {}", ZaloEvents.string(root.path("event_name")),
                        ItemMask.userId(ZaloEvents.string(root.path("sender").path("id"))), properties.maxEventAge());
                return Mono.just(ResponseEntity.ok().<Void>build());
            }
            Optional<IncomingEvent> event;
            try {
                event = ZaloEvents.read(root, welcome, clock.instant());
            } catch (RuntimeException bad) {
                metrics.event(ChannelKind.ZALO, "skipped-unreadable");
                log.warn("Skipped a Zalo event that could not be read ({})", bad.getClass().getSimpleName());
                return Mono.just(ResponseEntity.ok().<Void>build());
            }
            if (event.isEmpty()) {
                metrics.event(ChannelKind.ZALO, "ignored");
                return Mono.just(ResponseEntity.ok().<Void>build());
            }
            return inbox.accept(ChannelKind.ZALO, List.of(event.get())).thenReturn(ResponseEntity.ok().<Void>build());
        });
    }

    /** Zalo's timestamp is epoch milliseconds; the window allows clock skew both ways. */
    private boolean recent(String timestamp) {
        long millis;
        try {
            millis = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long age = Math.abs(clock.millis() - millis);
        return age <= properties.maxEventAge().toMillis();
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return json.createObjectNode();
        }
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw WebhookRejected.malformed();
            }
            return root;
        } catch (JacksonException e) {
            throw WebhookRejected.malformed();
        }
    }
}
