package vn.anm.assistant.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import vn.anm.assistant.channel.delivery.ChannelSender;
import vn.anm.assistant.channel.delivery.DeliveryProperties;
import vn.anm.assistant.channel.delivery.OutboundHttp;
import vn.anm.assistant.channel.delivery.PlatformAnswer;
import vn.anm.assistant.channel.delivery.PlatformCall;
import vn.anm.assistant.channel.delivery.SendFailure;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.ConversationReply;

/**
 * The OA v3 customer-service message API ({@code POST /v3.0/oa/message/cs}, token in the bare
 * {@code access_token} header). Zalo answers errors with HTTP 200 and a non-zero {@code error}, so
 * the body is read every time. A rejected token (-216, -220 and their variants) gets one refresh and
 * one resend (a rejected request was not sent); -32 (rate limit), -100, 429 and 5xx mean Zalo did not
 * take it; the night curfew (-234) and quotas (-211, -218) make this part wait; not following (-213), outside the interaction window (-230, -232), restricted (-244) and
 * the rest are permanent; no answer in time, or HTTP 200 without an error code, is uncertain.
 */
@Component
class ZaloSendClient implements ChannelSender {

    private static final Set<Integer> TOKEN_CODES = Set.of(-216, -220, 216, -401, 401);
    private static final Set<Integer> TRANSIENT_CODES = Set.of(-32, -100);
    private static final Set<Integer> WAIT_CODES = Set.of(-234, -211, -218);
    private static final String TOKEN_REJECTED = "token-rejected-once";
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
    public Mono<Void> send(Mono<byte[]> body) {
        return tokens.accessToken().flatMap(token -> post(token, body)
                .onErrorResume(ZaloSendClient::tokenRejected, rejected -> tokens.afterRejection(token)
                        .flatMap(fresh -> post(fresh, body))
                        .onErrorMap(ZaloSendClient::tokenRejected,
                                again -> SendFailure.unavailable("token-rejected", "token", "rejected after a refresh"))));
    }

    /** {@code GET /v2.0/oa/getoa}: reads the OA's profile, sends nothing. Any answer but 5xx or 429 means Zalo is back. */
    @Override
    public Mono<Void> probe() {
        return tokens.accessToken().flatMap(token -> PlatformCall.probe(client.get()
                .uri("/v2.0/oa/getoa")
                .header("access_token", token), delivery.sendTimeout()));
    }

    private Mono<Void> post(String token, Mono<byte[]> body) {
        return PlatformCall.exchange(client.post()
                        .uri("/v3.0/oa/message/cs")
                        .header("access_token", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body, byte[].class), delivery.sendTimeout())
                .flatMap(answer -> classify(answer).map(Mono::<Void>error).orElseGet(Mono::empty));
    }

    /** Zalo refused the access token (a rejected request was not sent): one refresh and one resend, inside {@link #send}. */
    private static boolean tokenRejected(Throwable error) {
        return error instanceof SendFailure failure && failure.reason().equals(TOKEN_REJECTED);
    }

    /**
     * What Zalo's answer means for the part (../shared/research/platform-apis.md §2.4): empty when it was taken;
     * otherwise the failure, by HTTP status (5xx, 429) and then by the body's {@code error} code, which Zalo
     * sends with HTTP 200.
     */
    static Optional<SendFailure> classify(PlatformAnswer answer) {
        if (answer.is5xxOr429()) {
            return Optional.of(SendFailure.unavailable("server-error", "http-" + answer.status(), "HTTP " + answer.status()));
        }
        JsonNode errorNode = answer.body().path("error");
        if (answer.is2xx() && errorNode.isNumber() && errorNode.asInt() == 0) {
            return Optional.empty();
        }
        int code = errorNode.isNumber() ? errorNode.asInt() : parse(ZaloEvents.string(errorNode));
        String detail = "HTTP " + answer.status() + ", error " + code;
        String tag = Integer.toString(code);
        if (TOKEN_CODES.contains(code)) {
            return Optional.of(SendFailure.transientFailure(TOKEN_REJECTED, tag, detail));
        }
        if (TRANSIENT_CODES.contains(code)) {
            return Optional.of(SendFailure.unavailable(code == -32 ? "rate-limited" : "temporary", tag, detail));
        }
        if (WAIT_CODES.contains(code)) {
            // the night curfew or a quota: this user's part waits, other users' parts still go
            return Optional.of(SendFailure.transientFailure(code == -234 ? "curfew" : "quota", tag, detail));
        }
        if (NOT_FOLLOWING.contains(code)) {
            return Optional.of(SendFailure.permanent("not-following", tag, detail));
        }
        if (OUTSIDE_WINDOW.contains(code)) {
            return Optional.of(SendFailure.permanent("outside-window", tag, detail));
        }
        if (RESTRICTED.contains(code)) {
            return Optional.of(SendFailure.permanent("user-unavailable", tag, detail));
        }
        if (code == 0) {
            // a 2xx without a readable error field: Zalo may well have sent it
            return Optional.of(answer.is2xx() ? SendFailure.uncertain("unreadable-answer", detail)
                    : SendFailure.permanent("rejected", "http-" + answer.status(), detail));
        }
        return Optional.of(SendFailure.permanent("rejected", tag, detail));
    }

    private static int parse(String value) {
        try {
            return value != null ? Integer.parseInt(value.strip()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
