package vn.anm.assistant.channel.facebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.channel.delivery.ChannelMetrics;
import vn.anm.assistant.channel.delivery.Inbox;
import vn.anm.assistant.channel.webhook.WebhookBody;
import vn.anm.assistant.channel.webhook.WebhookRejected;
import vn.anm.assistant.conversation.ChannelKind;

/**
 * The Messenger webhook. GET answers Meta's verification handshake; POST checks the signature over
 * the raw bytes, reads each item on its own (a bad one is skipped), commits the batch's messages to
 * the inbox and only then answers 200 (503 when they could not be stored: Meta delivers again).
 * Off (404) without credentials.
 */
@RestController
class FacebookWebhookController {

    private static final Logger log = LoggerFactory.getLogger(FacebookWebhookController.class);

    private final FacebookProperties properties;
    private final @Nullable FacebookSignature signature;
    private final Inbox inbox;
    private final ChannelMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    FacebookWebhookController(FacebookProperties properties, Inbox inbox, ChannelMetrics metrics, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.signature = properties.configured() ? new FacebookSignature(properties.appSecret()) : null;
        this.inbox = inbox;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        if (signature == null) {
            log.info("Facebook channel off: set FACEBOOK_APP_SECRET, FACEBOOK_PAGE_ACCESS_TOKEN and FACEBOOK_VERIFY_TOKEN to turn it on");
        } else {
            log.info("Facebook channel on, sending through {}", properties.graphUrl());
        }
    }

    @GetMapping(path = "/webhooks/facebook", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) @Nullable String mode,
            @RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
            @RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
        if (signature == null) {
            throw WebhookRejected.channelOff();
        }
        if ("subscribe".equals(mode) && token != null && challenge != null && sameToken(token)) {
            return ResponseEntity.ok(challenge);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("verification failed");
    }

    @PostMapping("/webhooks/facebook")
    Mono<ResponseEntity<Void>> receive(@RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String header,
            ServerHttpRequest request) {
        FacebookSignature verifier = signature;
        if (verifier == null) {
            return Mono.error(WebhookRejected.channelOff());
        }
        return WebhookBody.read(request).flatMap(body -> {
            if (!verifier.matches(body, header)) {
                return Mono.error(WebhookRejected.badSignature());
            }
            FacebookEvents.Batch batch = events(body);
            for (int i = 0; i < batch.skipped(); i++) {
                metrics.event(ChannelKind.FACEBOOK, "skipped-unreadable");
            }
            return inbox.accept(ChannelKind.FACEBOOK, batch.events()).thenReturn(ResponseEntity.ok().<Void>build());
        });
    }

    private FacebookEvents.Batch events(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw WebhookRejected.malformed();
        }
        if (root == null || !root.isObject()) {
            throw WebhookRejected.malformed();
        }
        return FacebookEvents.read(root, clock.instant());
    }

    private boolean sameToken(String token) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                properties.verifyToken().getBytes(StandardCharsets.UTF_8));
    }
}
