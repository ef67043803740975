package vn.anm.assistant.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import vn.anm.assistant.channel.delivery.ChannelSender;
import vn.anm.assistant.channel.delivery.DeliveryProperties;
import vn.anm.assistant.channel.delivery.OutboundHttp;
import vn.anm.assistant.channel.delivery.SendErrors;
import vn.anm.assistant.channel.delivery.SendFailure;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.ConversationReply;

/**
 * The OA v3 customer-service message API ({@code POST /v3.0/oa/message/cs}, token in the bare
 * {@code access_token} header). Zalo answers errors with HTTP 200 and a non-zero {@code error}, so
 * the body is read every time. A rejected token (-216, -220 and their variants) gets one refresh and
 * one resend (a rejected request was not sent); -32 (rate limit), -100, 429 and 5xx mean Zalo did not
 * take it; not following (-213), outside the interaction window (-230, -232), restricted (-244) and
 * the rest are permanent; no answer in time, or HTTP 200 without an error code, is uncertain.
 */
@Component
class ZaloSendClient implements ChannelSender {

    private static final Set<Integer> TOKEN_CODES = Set.of(-216, -220, 216, -401, 401);
    private static final Set<Integer> TRANSIENT_CODES = Set.of(-32, -100);
    private static final Set<Integer> NOT_FOLLOWING = Set.of(-213);
    private static final Set<Integer> OUTSIDE_WINDOW = Set.of(-230, -232);
    private static final Set<Integer> RESTRICTED = Set.of(-244, -217, -227);

    private final WebClient client;
    private final ZaloProperties properties;
    private final ZaloTokenProvider tokens;
    private final DeliveryProperties delivery;
    private final ZaloReplyRenderer renderer = new ZaloReplyRenderer();

    ZaloSendClient(ZaloProperties properties, ZaloTokenProvider tokens, OutboundHttp http, DeliveryProperties delivery) {
        this.client = http.client(properties.openapiUrl());
        this.properties = properties;
        this.tokens = tokens;
        this.delivery = delivery;
    }

    @Override
    public ChannelKind channel() {
        return ChannelKind.ZALO;
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
    public Mono<Void> send(Map<String, Object> body) {
        return tokens.accessToken().flatMap(token -> post(token, body)
                .onErrorResume(TokenRejected.class, rejected -> tokens.afterRejection(token)
                        .flatMap(fresh -> post(fresh, body))
                        .onErrorMap(TokenRejected.class,
                                again -> SendFailure.unavailable("token-rejected", "token", "rejected after a refresh"))));
    }

    /** {@code GET /v2.0/oa/getoa}: reads the OA's profile, sends nothing. Any answer but 5xx or 429 means Zalo is back. */
    @Override
    public Mono<Void> probe() {
        return tokens.accessToken().flatMap(token -> client.get()
                .uri("/v2.0/oa/getoa")
                .header("access_token", token)
                .exchangeToMono(response -> response.releaseBody().then(Mono.defer(() -> {
                    int status = response.statusCode().value();
                    return status >= 500 || status == 429
                            ? Mono.<Void>error(SendFailure.unavailable("server-error", "http-" + status, "probe"))
                            : Mono.<Void>empty();
                })))
                .timeout(delivery.sendTimeout())
                .onErrorMap(e -> SendErrors.classify(e, delivery.sendTimeout())));
    }

    private Mono<Void> post(String token, Map<String, Object> body) {
        AtomicBoolean written = new AtomicBoolean();
        return client.post()
                .uri("/v3.0/oa/message/cs")
                .header("access_token", token)
                .bodyValue(body)
                .exchangeToMono(response -> response.bodyToMono(JsonNode.class)
                        .onErrorResume(e -> Mono.just(MissingNode.getInstance()))
                        .defaultIfEmpty(MissingNode.getInstance())
                        .flatMap(json -> outcome(response.statusCode(), json)))
                .timeout(delivery.sendTimeout())
                .onErrorMap(e -> e instanceof TokenRejected ? e : SendErrors.classify(e, delivery.sendTimeout(), written.get()))
                .contextWrite(OutboundHttp.tracking(written));
    }

    private static Mono<Void> outcome(HttpStatusCode status, JsonNode json) {
        if (status.is5xxServerError() || status.value() == 429) {
            return Mono.error(SendFailure.unavailable("server-error", "http-" + status.value(), "HTTP " + status.value()));
        }
        JsonNode errorNode = json.path("error");
        if (status.is2xxSuccessful() && errorNode.isNumber() && errorNode.asInt() == 0) {
            return Mono.empty();
        }
        int code = errorNode.isNumber() ? errorNode.asInt() : parse(ZaloEvents.string(errorNode));
        String detail = "HTTP " + status.value() + ", error " + code;
        String tag = Integer.toString(code);
        if (TOKEN_CODES.contains(code)) {
            return Mono.error(new TokenRejected());
        }
        if (TRANSIENT_CODES.contains(code)) {
            return Mono.error(SendFailure.unavailable(code == -32 ? "rate-limited" : "temporary", tag, detail));
        }
        if (NOT_FOLLOWING.contains(code)) {
            return Mono.error(SendFailure.permanent("not-following", tag, detail));
        }
        if (OUTSIDE_WINDOW.contains(code)) {
            return Mono.error(SendFailure.permanent("outside-window", tag, detail));
        }
        if (RESTRICTED.contains(code)) {
            return Mono.error(SendFailure.permanent("user-unavailable", tag, detail));
        }
        if (code == 0) {
            // a 2xx without a readable error field: Zalo may well have sent it
            return Mono.error(status.is2xxSuccessful() ? SendFailure.uncertain("unreadable-answer", detail)
                    : SendFailure.permanent("rejected", "http-" + status.value(), detail));
        }
        return Mono.error(SendFailure.permanent("rejected", tag, detail));
    }

    private static int parse(String value) {
        try {
            return value != null ? Integer.parseInt(value.strip()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Zalo refused the access token; handled inside {@link #send} by one refresh. */
    static final class TokenRejected extends RuntimeException {

        TokenRejected() {
            super("access token rejected", null, false, false);
        }
    }
}
