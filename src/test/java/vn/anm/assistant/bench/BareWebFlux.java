package vn.anm.assistant.bench;

import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.netty.http.server.HttpServer;

/**
 * The yardstick of bench/ask/run.sh: a bare WebFlux endpoint on Reactor Netty that answers every POST with
 * 200 and a tiny JSON body, no Spring Boot, no filters. {@code java -cp … vn.anm.assistant.bench.BareWebFlux [PORT]}
 */
public final class BareWebFlux {

    private BareWebFlux() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
        RouterFunction<ServerResponse> route = RouterFunctions.route()
                .POST("/api/v1/ask", request -> ServerResponse.ok().bodyValue("{\"decision\":\"FALLBACK\"}"))
                .build();
        HttpHandler handler = RouterFunctions.toHttpHandler(route);
        HttpServer.create().port(port).handle(new ReactorHttpHandlerAdapter(handler)).bindNow().onDispose().block();
    }
}
