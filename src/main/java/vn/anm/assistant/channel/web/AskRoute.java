package vn.anm.assistant.channel.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;
import static org.springframework.web.reactive.function.server.RequestPredicates.contentType;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.ByteArrayDecoder;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.DecoderHttpMessageReader;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/ask as a functional route, ahead of the annotated {@link AskController}: the same contract, without the
 * annotated path's per-request handler lookup, argument resolution and content negotiation, and with the request read and
 * the answer written by a reader and a writer built once (bench/BENCHMARKS.md). It takes only what the controller would
 * answer with 200 (a JSON body, a JSON-compatible Accept); anything else falls through to the controller, whose 405, 406
 * and 415 problems stay as they were. Its 400 problems are written as the controller's are.
 */
@Configuration(proxyBeanMethods = false)
class AskRoute {

    @Bean
    RouterFunction<ServerResponse> askRouter(Asking asking, JsonMapper json, ObjectProvider<ServerCodecConfigurer> codecs) {
        // no codec configurer without a web server (a context with web-application-type none): the route is never asked
        ServerCodecConfigurer configurer = codecs.getIfAvailable();
        Handler handler = new Handler(asking, json.readerFor(AskRequest.class), json.writerFor(AskResponse.class),
                configurer == null ? null : byteArrayLimit(configurer));
        return RouterFunctions.route(POST("/api/v1/ask").and(contentType(MediaType.APPLICATION_JSON)).and(accept(MediaType.APPLICATION_JSON)),
                handler::ask);
    }

    /**
     * The in-memory limit of the decoder {@code bodyToMono(byte[].class)} would use (spring.codec.max-in-memory-size),
     * or null when that is not the usual byte-array decoder.
     */
    private static @Nullable Integer byteArrayLimit(ServerCodecConfigurer codecs) {
        for (HttpMessageReader<?> reader : codecs.getReaders()) {
            if (reader.canRead(BYTES, MediaType.APPLICATION_JSON)) {
                return reader instanceof DecoderHttpMessageReader<?> decoding && decoding.getDecoder() instanceof ByteArrayDecoder decoder
                        ? decoder.getMaxInMemorySize() : null;
            }
        }
        return null;
    }

    private static final ResolvableType BYTES = ResolvableType.forClass(byte[].class);

    private record Handler(Asking asking, ObjectReader reader, ObjectWriter writer, @Nullable Integer limit) {

        /**
         * The body as bytes, as {@code bodyToMono(byte[].class)} reads it (the byte-array decoder joins the buffers up to
         * its limit), without looking the reader up and wrapping it on every request.
         */
        private Mono<byte[]> body(ServerRequest request) {
            if (limit == null) {
                return request.bodyToMono(byte[].class);
            }
            return DataBufferUtils.join(request.exchange().getRequest().getBody(), limit).map(buffer -> {
                byte[] bytes = new byte[buffer.readableByteCount()];
                buffer.read(bytes);
                DataBufferUtils.release(buffer);
                return bytes;
            });
        }

        Mono<ServerResponse> ask(ServerRequest request) {
            return body(request)
                    .flatMap(body -> answer(request, body))
                    .switchIfEmpty(Mono.defer(() -> problem(request, badRequest("Invalid request content"))))
                    // a body over spring.codec.max-in-memory-size: 413, as the controller answers it
                    .onErrorResume(DataBufferLimitException.class, e -> problem(request, ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE)));
        }

        private Mono<ServerResponse> answer(ServerRequest request, byte[] body) {
            AskRequest parsed;
            try {
                parsed = reader.readValue(body);
            } catch (JacksonException e) {
                return problem(request, badRequest("Failed to read HTTP message"));
            }
            if (parsed == null) { // a body of "null"
                return problem(request, badRequest("Invalid request content"));
            }
            AskResponse response;
            try {
                response = asking.ask(parsed.text());
            } catch (InvalidMessage e) {
                return problem(request, WebProblems.invalidMessage(e));
            }
            byte[] json = writer.writeValueAsBytes(response);
            // the bytes as they are: no encoder lookup, no second serialisation
            return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).contentLength(json.length)
                    .body((message, context) -> message.writeWith(Mono.just(message.bufferFactory().wrap(json))));
        }

        private static ProblemDetail badRequest(String detail) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
            problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
            return problem;
        }

        private static Mono<ServerResponse> problem(ServerRequest request, ProblemDetail problem) {
            problem.setInstance(URI.create(request.path()));
            return ServerResponse.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).bodyValue(problem);
        }
    }
}
