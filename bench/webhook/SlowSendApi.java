import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Graph Send API that answers every POST .../me/messages after a fixed delay,
 * without holding a thread while it waits. GET /count tells how many sends were answered.
 * Usage: java SlowSendApi.java PORT DELAY_MS
 */
public class SlowSendApi {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        long delayMillis = Long.parseLong(args[1]);
        AtomicLong answered = new AtomicLong();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/count", exchange -> reply(exchange, 200, Long.toString(answered.get())));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            timer.schedule(() -> {
                try {
                    reply(exchange, 200, "{\"recipient_id\":\"1\",\"message_id\":\"m_stub\"}");
                    answered.incrementAndGet();
                } catch (IOException e) {
                    exchange.close();
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        });
        server.start();
        System.out.println("slow send API on 127.0.0.1:" + port + ", answering after " + delayMillis + " ms");
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
