package vn.anm.assistant.channel.webhook;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;

import reactor.core.publisher.Mono;

/**
 * Reads a webhook body once, as the exact bytes received (signatures cover them), refusing bodies
 * over 256 KB with 413 without reading them whole.
 */
public final class WebhookBody {

    public static final int MAX_BYTES = 256 * 1024;

    private WebhookBody() {
    }

    public static Mono<byte[]> read(ServerHttpRequest request) {
        if (request.getHeaders().getContentLength() > MAX_BYTES) {
            return Mono.error(tooLarge());
        }
        return DataBufferUtils.join(request.getBody(), MAX_BYTES)
                .map(WebhookBody::bytes)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge());
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static WebhookRejected tooLarge() {
        return new WebhookRejected(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "The request body is larger than " + MAX_BYTES + " bytes.");
    }
}
