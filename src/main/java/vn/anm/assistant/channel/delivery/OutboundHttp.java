package vn.anm.assistant.channel.delivery;

import java.time.Duration;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import jakarta.annotation.PreDestroy;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * HTTP clients for the platforms' send APIs, sharing one connection pool sized for the delivery
 * concurrency (Reactor Netty's default pool of 16 connections would queue slow sends).
 */
@Component
public class OutboundHttp {

    private final ConnectionProvider connections;
    private final ReactorClientHttpConnector connector;

    OutboundHttp(DeliveryProperties properties) {
        this.connections = ConnectionProvider.builder("anm-channels")
                .maxConnections(Math.max(16, properties.concurrency() + 8))
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(properties.sendTimeout())
                .maxIdleTime(Duration.ofSeconds(30))
                .build();
        this.connector = new ReactorClientHttpConnector(HttpClient.create(connections)
                .responseTimeout(properties.sendTimeout()));
    }

    public WebClient client(String baseUrl) {
        return WebClient.builder().baseUrl(baseUrl).clientConnector(connector).build();
    }

    @PreDestroy
    void stop() {
        connections.dispose();
    }
}
