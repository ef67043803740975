import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback stand-in for the Graph Send API (POST …/me/messages) and Zalo's customer-service API
 * (POST /v3.0/oa/message/cs) for deploy/walkthrough.sh: counts every message per recipient as it
 * arrives (the platform has it from then on, whether or not the caller reads the answer) and answers
 * each after DELAY_MS, so that replies are in flight when an instance is killed.
 * GET /counts lists "platform recipient count" lines. Usage: java SendApiStub.java PORT DELAY_MS
 */
public class SendApiStub {

    private static final Pattern FACEBOOK_RECIPIENT = Pattern.compile("\"recipient\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ZALO_RECIPIENT = Pattern.compile("\"recipient\"\\s*:\\s*\\{\\s*\"user_id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        long delayMillis = Long.parseLong(args[1]);
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        AtomicLong sequence = new AtomicLong();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/counts", exchange -> {
            StringBuilder out = new StringBuilder();
            new TreeMap<>(counts).forEach((key, count) -> out.append(key).append(' ').append(count.get()).append('\n'));
            reply(exchange, out.toString());
        });
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            boolean zalo = path.endsWith("/oa/message/cs");
            Matcher recipient = (zalo ? ZALO_RECIPIENT : FACEBOOK_RECIPIENT).matcher(body);
            if (!"POST".equals(exchange.getRequestMethod()) || !(zalo || path.endsWith("/me/messages")) || !recipient.find()) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            counts.computeIfAbsent((zalo ? "zalo " : "facebook ") + recipient.group(1), key -> new AtomicLong()).incrementAndGet();
            long n = sequence.incrementAndGet();
            String answer = zalo ? "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"z_" + n + "\"}}"
                    : "{\"recipient_id\":\"" + recipient.group(1) + "\",\"message_id\":\"m_" + n + "\"}";
            timer.schedule(() -> {
                try {
                    reply(exchange, answer);
                } catch (IOException gone) {
                    exchange.close(); // the instance died while waiting: the message was delivered all the same
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        });
        server.start();
        System.out.println("send API stand-in on 127.0.0.1:" + port + ", answering after " + delayMillis + " ms");
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
