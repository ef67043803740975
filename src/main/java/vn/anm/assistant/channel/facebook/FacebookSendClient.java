package vn.anm.assistant.channel.facebook;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import vn.anm.assistant.channel.delivery.ChannelMetrics;
import vn.anm.assistant.channel.delivery.ChannelSender;
import vn.anm.assistant.channel.delivery.DeliveryProperties;
import vn.anm.assistant.channel.delivery.OutboundHttp;
import vn.anm.assistant.channel.delivery.PlatformAnswer;
import vn.anm.assistant.channel.delivery.PlatformCall;
import vn.anm.assistant.channel.delivery.SendFailure;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.ConversationReply;

/**
 * The Messenger Send API ({@code POST <graph>/me/messages?access_token=…}). Classifies its errors:
 * 2, 4, 32, 613, 1200, 429 and 5xx mean the platform did not take the message (try again later); 190
 * (bad Page token) is logged loudly, counted, and the part waits for a renewed token; 551 and
 * 10/2018278 (outside the 24-hour window) and the rest are permanent. No answer in time is uncertain.
 */
@Component
class FacebookSendClient implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(FacebookSendClient.class);
    private static final Set<Integer> TRANSIENT_CODES = Set.of(2, 4, 32, 613, 1200);
    private static final String INVALID_TOKEN = "invalid-token";

    private final FacebookProperties properties;
    private final WebClient client;
    private final URI sendUri;
    private final DeliveryProperties delivery;
    private final ChannelMetrics metrics;
    private final FacebookReplyRenderer renderer = new FacebookReplyRenderer();

    FacebookSendClient(FacebookProperties properties, OutboundHttp http, DeliveryProperties delivery, ChannelMetrics metrics) {
        this.properties = properties;
        this.client = http.client(properties.graphUrl());
        // built once: the URI template and its encoding are not worked out again for every part
        this.sendUri = UriComponentsBuilder.fromUriString(properties.graphUrl()).path("/me/messages")
                .queryParam("access_token", "{token}").encode().buildAndExpand(properties.pageAccessToken()).toUri();
        this.delivery = delivery;
        this.metrics = metrics;
    }

    @Override
    public ChannelKind channel() {
        return ChannelKind.FACEBOOK;
    }

    @Override
    public List<Map<String, Object>> render(String userId, ConversationReply reply) {
        return renderer.render(userId, reply);
    }

    @Override
    public Duration replyWindow() {
        return properties.replyWindow();
    }

    @Override
    public Mono<Void> send(Mono<byte[]> json) {
        return PlatformCall.exchange(client.post()
                        .uri(sendUri)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json, byte[].class), delivery.sendTimeout())
                .flatMap(answer -> classify(answer).map(this::failed).orElseGet(Mono::empty));
    }

    /** {@code GET /me?fields=id}: reads the Page's id, sends nothing. Any answer but 5xx or 429 means Graph is back. */
    @Override
    public Mono<Void> probe() {
        return PlatformCall.probe(client.get()
                .uri(uri -> uri.path("/me").queryParam("fields", "id").queryParam("access_token", "{token}")
                        .build(properties.pageAccessToken())), delivery.sendTimeout());
    }

    private Mono<Void> failed(SendFailure failure) {
        if (failure.reason().equals(INVALID_TOKEN)) {
            log.error("Facebook rejected FACEBOOK_PAGE_ACCESS_TOKEN (code 190): replies wait until the Page token is renewed");
            metrics.credentialProblem(ChannelKind.FACEBOOK, INVALID_TOKEN);
        }
        return Mono.error(failure);
    }

    /**
     * What Messenger's answer means for the part (../shared/research/platform-apis.md §1.5): empty when it was
     * taken; otherwise the failure, by the {@code error} object's code and subcode, then by the HTTP status.
     */
    static Optional<SendFailure> classify(PlatformAnswer answer) {
        JsonNode error = answer.body().path("error");
        if (answer.is2xx() && !error.isObject()) {
            return Optional.empty();
        }
        int code = error.path("code").asInt(0);
        int subcode = error.path("error_subcode").asInt(0);
        String detail = "HTTP " + answer.status() + ", code " + code + "/" + subcode;
        String tag = code == 0 ? "http-" + answer.status() : subcode == 0 ? Integer.toString(code) : code + "/" + subcode;
        if (TRANSIENT_CODES.contains(code)) {
            return Optional.of(SendFailure.unavailable(code == 2 || code == 1200 ? "temporary" : "rate-limited", tag, detail));
        }
        if (code == 190) {
            return Optional.of(SendFailure.unavailable(INVALID_TOKEN, tag, detail));
        }
        if (code == 551) {
            return Optional.of(SendFailure.permanent("user-unavailable", tag, detail));
        }
        if (code == 10 && subcode == 2018278) {
            return Optional.of(SendFailure.permanent("outside-window", tag, detail));
        }
        if (answer.is5xxOr429()) {
            return Optional.of(SendFailure.unavailable("server-error", tag, detail));
        }
        return Optional.of(SendFailure.permanent("rejected", tag, detail));
    }
}
