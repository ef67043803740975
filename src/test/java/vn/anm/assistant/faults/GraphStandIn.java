package vn.anm.assistant.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback stand-in for the Graph Send API. A send counts as delivered the moment its request has
 * arrived, as on the real platform (the message is out even if the caller dies before the answer);
 * the answer follows after {@code delayMillis}, without holding a thread. {@code GET /me} (the
 * service's probe) answers at once.
 */
public final class GraphStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final ConcurrentLinkedQueue<String[]> received = new ConcurrentLinkedQueue<>();
    private volatile int failing;

    public GraphStandIn(long delayMillis) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "graph-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/v25.0/me", exchange -> {
            int status = failing;
            if (status != 0) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(status, -1); // not taken: nothing delivered
                exchange.close();
                return;
            }
            if (exchange.getRequestURI().getPath().endsWith("/messages")) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                JsonNode json = JSON.readTree(body);
                received.add(new String[] {json.path("recipient").path("id").asString(), json.path("message").toString()});
                timer.schedule(() -> reply(exchange, "{\"recipient_id\":\"1\",\"message_id\":\"m_x\"}"), delayMillis, TimeUnit.MILLISECONDS);
            } else {
                reply(exchange, "{\"id\":\"PAGE\"}");
            }
        });
        server.start();
    }

    /** From now on every request is refused with {@code status} (500, 429…) and nothing is delivered; 0 ends the outage. */
    public void failWith(int status) {
        failing = status;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int sends() {
        return received.size();
    }

    /** Each user's messages in arrival order. */
    public Map<String, List<String>> byUser() {
        Map<String, List<String>> byUser = new HashMap<>();
        for (String[] send : received) {
            byUser.computeIfAbsent(send[0], u -> new ArrayList<>()).add(send[1]);
        }
        return byUser;
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
    }

    private static void reply(HttpExchange exchange, String body) {
        try {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            exchange.close(); // the caller is gone (killed): the message was delivered all the same
        }
    }
}
