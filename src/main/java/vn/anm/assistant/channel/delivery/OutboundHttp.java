package vn.anm.assistant.channel.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import jakarta.annotation.PreDestroy;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import reactor.util.context.Context;

/**
 * HTTP clients for the platforms' send APIs, sharing one connection pool sized for the delivery
 * concurrency (Reactor Netty's default pool of 16 connections would queue slow sends), on their own
 * event loop: a part's request is written the moment its {@code SENDING} mark commits, and on the
 * server's loops that write would queue behind the webhooks being received — the longer it waits, the
 * more parts a crash in that moment costs (at most once).
 */
@Component
public class OutboundHttp {

    private static final String WRITTEN = OutboundHttp.class.getName() + ".written";

    private final ConnectionProvider connections;
    private final LoopResources loops;
    private final ReactorClientHttpConnector connector;

    OutboundHttp(DeliveryProperties properties) {
        this.connections = ConnectionProvider.builder("anm-channels")
                .maxConnections(Math.max(16, properties.concurrency() + 8))
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(properties.sendTimeout())
                .maxIdleTime(Duration.ofSeconds(30))
                .build();
        // one thread: a send is a small write and a small read
        this.loops = LoopResources.create("anm-send", 1, true);
        this.connector = new ReactorClientHttpConnector(HttpClient.create(connections)
                .runOn(loops)
                .responseTimeout(properties.sendTimeout())
                .doAfterRequest((request, connection) -> request.currentContextView().<AtomicBoolean>getOrEmpty(WRITTEN)
                        .ifPresent(written -> written.set(true))));
    }

    /**
     * Tracks whether a request has been written to the platform: put the flag in the send's context;
     * it turns true once the whole request has left. Until then (waiting for a connection, connecting)
     * a failure means the platform cannot have received it.
     */
    public static Context tracking(AtomicBoolean written) {
        return Context.of(WRITTEN, written);
    }

    public WebClient client(String baseUrl) {
        return WebClient.builder().baseUrl(baseUrl).clientConnector(connector).build();
    }

    @PreDestroy
    void stop() {
        connections.dispose();
        loops.dispose();
    }
}
