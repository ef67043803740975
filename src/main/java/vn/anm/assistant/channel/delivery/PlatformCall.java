package vn.anm.assistant.channel.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One JSON call to a platform (Messenger's Send API, Zalo's OA API and OAuth): the answer as
 * (status, body), read whole every time so no buffer is left behind; no answer within {@code timeout},
 * or a failure on the wire, becomes a {@link SendFailure} that says whether the request can have
 * reached the platform ({@link SendErrors}).
 */
public final class PlatformCall {

    private PlatformCall() {
    }

    public static Mono<PlatformAnswer> exchange(WebClient.RequestHeadersSpec<?> request, Duration timeout) {
        AtomicBoolean written = new AtomicBoolean();
        return Mono.defer(() -> request.exchangeToMono(response -> response.bodyToMono(JsonNode.class)
                        .onErrorResume(unreadable -> Mono.just(MissingNode.getInstance()))
                        .defaultIfEmpty(MissingNode.getInstance())
                        .map(body -> new PlatformAnswer(response.statusCode().value(), body))))
                .timeout(timeout)
                .onErrorMap(e -> SendErrors.classify(e, timeout, written.get()))
                .contextWrite(OutboundHttp.tracking(written));
    }

    /** A request that sends nothing (reads a profile): any answer but 5xx or 429 means the platform is back. */
    public static Mono<Void> probe(WebClient.RequestHeadersSpec<?> request, Duration timeout) {
        return exchange(request, timeout).flatMap(answer -> answer.is5xxOr429()
                ? Mono.<Void>error(SendFailure.unavailable("server-error", "http-" + answer.status(), "probe"))
                : Mono.<Void>empty());
    }
}
