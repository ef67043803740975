package vn.anm.assistant.channel.zalo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import vn.anm.assistant.channel.delivery.ChannelSender;
import vn.anm.assistant.channel.delivery.DeliveryProperties;
import vn.anm.assistant.channel.delivery.OutboundHttp;
import vn.anm.assistant.channel.delivery.SendFailure;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.ConversationReply;

/**
 * The OA v3 customer-service message API ({@code POST /v3.0/oa/message/cs}, token in the bare
 * {@code access_token} header). Zalo answers errors with HTTP 200 and a non-zero {@code error}, so
 * the body is read every time. A rejected token (-216, -220 and their variants) gets one refresh and
 * one resend; -32 (rate limit), -100, 5xx and timeouts are transient; the rest (not following, outside
 * the interaction window…) are permanent.
 */
@Component
class ZaloSendClient implements ChannelSender<Map<String, Object>> {

    private static final Set<Integer> TOKEN_CODES = Set.of(-216, -220, 216, -401, 401);
    private static final Set<Integer> TRANSIENT_CODES = Set.of(-32, -100);
    private static final Set<Integer> NOT_FOLLOWING = Set.of(-213);
    private static final Set<Integer> OUTSIDE_WINDOW = Set.of(-230, -232);

    private final WebClient client;
    private final ZaloTokenProvider tokens;
    private final DeliveryProperties delivery;
    private final ZaloReplyRenderer renderer = new ZaloReplyRenderer();

    ZaloSendClient(ZaloProperties properties, ZaloTokenProvider tokens, OutboundHttp http, DeliveryProperties delivery) {
        this.client = http.client(properties.openapiUrl());
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
    public Mono<Void> send(Map<String, Object> body) {
        return tokens.accessToken().flatMap(token -> post(token, body)
                .onErrorResume(TokenRejected.class, rejected -> tokens.afterRejection(token)
                        .flatMap(fresh -> post(fresh, body))
                        .onErrorMap(TokenRejected.class, again -> SendFailure.permanent("token-rejected", "rejected after a refresh"))));
    }

    private Mono<Void> post(String token, Map<String, Object> body) {
        return client.post()
                .uri("/v3.0/oa/message/cs")
                .header("access_token", token)
                .bodyValue(body)
                .exchangeToMono(response -> response.bodyToMono(JsonNode.class)
                        .onErrorResume(e -> Mono.just(MissingNode.getInstance()))
                        .defaultIfEmpty(MissingNode.getInstance())
                        .flatMap(json -> outcome(response.statusCode(), json)))
                .timeout(delivery.sendTimeout())
                .onErrorMap(TimeoutException.class, e -> SendFailure.transientFailure("timeout", "no answer in " + delivery.sendTimeout()))
                .onErrorMap(WebClientRequestException.class, e -> SendFailure.transientFailure("connection", e.getClass().getSimpleName()));
    }

    private static Mono<Void> outcome(HttpStatusCode status, JsonNode json) {
        if (status.is5xxServerError() || status.value() == 429) {
            return Mono.error(SendFailure.transientFailure("server-error", "HTTP " + status.value()));
        }
        JsonNode errorNode = json.path("error");
        if (status.is2xxSuccessful() && errorNode.isNumber() && errorNode.asInt() == 0) {
            return Mono.empty();
        }
        int code = errorNode.isNumber() ? errorNode.asInt() : parse(ZaloEvents.string(errorNode));
        String detail = "HTTP " + status.value() + ", error " + code;
        if (TOKEN_CODES.contains(code)) {
            return Mono.error(new TokenRejected());
        }
        if (TRANSIENT_CODES.contains(code)) {
            return Mono.error(SendFailure.transientFailure(code == -32 ? "rate-limited" : "temporary", detail));
        }
        if (NOT_FOLLOWING.contains(code)) {
            return Mono.error(SendFailure.permanent("not-following", detail));
        }
        if (OUTSIDE_WINDOW.contains(code)) {
            return Mono.error(SendFailure.permanent("outside-window", detail));
        }
        return Mono.error(SendFailure.permanent(code == 0 ? "unreadable-answer" : "rejected", detail));
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
