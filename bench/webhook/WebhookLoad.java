import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Open-loop load on the Messenger webhook: RATE signed events per second for SECONDS seconds, each
 * from one of USERS users with a unique mid. Latency is measured from the moment a request was due,
 * so a stalled server cannot hide its queueing. Prints counts and latency percentiles.
 * Before the measured run the generator warms its own JVM (a fresh process, compiled at launch) for WARM
 * seconds (default 5) with posts whose signature is wrong: the webhook refuses them (401) without processing,
 * so the JIT, the HTTP client and its connections are ready and the latencies measured are the server's.
 * Usage: java WebhookLoad.java URL APP_SECRET RATE SECONDS USERS [WARM]
 */
public class WebhookLoad {

    private static final String QUESTION = "\\u1ee8ng d\\u1ee5ng VNeID t\\u1ea3i \\u1edf \\u0111\\u00e2u m\\u1edbi l\\u00e0 b\\u1ea3n th\\u1eadt?";

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(args[1].getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int users = Integer.parseInt(args[4]);
        int total = rate * seconds;
        String run = Long.toString(System.currentTimeMillis(), 36);

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        int warm = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        warmUp(client, url, mac, rate, warm);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        // how late the generator itself handed each request to the HTTP client (its own scheduling, not the server's)
        ConcurrentLinkedQueue<Long> lateness = new ConcurrentLinkedQueue<>();
        // latency of the calls due in the first 10 s apart: the generator's own JVM is cold then (a fresh process per run)
        ConcurrentLinkedQueue<Long> early = new ConcurrentLinkedQueue<>();
        long earlyNanos = 10_000_000_000L;
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<?>[] calls = new CompletableFuture<?>[total];
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;

        for (int i = 0; i < total; i++) {
            int n = i;
            long due = start + n * periodNanos;
            CompletableFuture<Void> call = new CompletableFuture<>();
            calls[n] = call;
            ticker.schedule(() -> {
                String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":" + System.currentTimeMillis()
                        + ",\"messaging\":[{\"sender\":{\"id\":\"" + (1_000_000 + n % users) + "\"},\"recipient\":{\"id\":\"PAGE\"},"
                        + "\"timestamp\":" + System.currentTimeMillis() + ",\"message\":{\"mid\":\"m_" + run + "_" + n
                        + "\",\"text\":\"" + QUESTION + "\"}}]}]}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                String signature;
                synchronized (mac) {
                    signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes));
                }
                lateness.add((System.nanoTime() - due) / 1000);
                HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").header("X-Hub-Signature-256", signature)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                    long micros = (System.nanoTime() - due) / 1000;
                    if (error == null && response.statusCode() == 200) {
                        ok.incrementAndGet();
                        latencies.add(micros);
                        if (due - start < earlyNanos) {
                            early.add(micros);
                        }
                    } else {
                        if (failed.incrementAndGet() <= 5) {
                            System.err.println("failed: " + (error != null ? error : "HTTP " + response.statusCode()));
                        }
                    }
                    call.complete(null);
                });
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(calls).get(seconds + 60L, TimeUnit.SECONDS);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        ticker.shutdown();

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("events=%d ok=%d failed=%d offered_rate=%d/s sent_in=%.1fs%n", total, ok.get(), failed.get(), rate, sendSeconds);
        System.out.printf("webhook latency ms: p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 99.9), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
        long[] late = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("generator: request handed to the HTTP client after its due time by p50=%.2f p99=%.2f max=%.2f ms%n",
                pct(late, 50), pct(late, 99), late.length == 0 ? 0 : late[late.length - 1] / 1000.0);
        long[] first = early.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("webhook latency ms of the calls due in the first 10 s: p50=%.2f p99=%.2f (%d calls)%n",
                pct(first, 50), pct(first, 99), first.length);
        System.exit(failed.get() == 0 ? 0 : 1);
    }

    /** RATE badly signed posts per second for SECONDS: refused with 401, nothing processed or answered. */
    private static void warmUp(HttpClient client, URI url, Mac mac, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        AtomicInteger refused = new AtomicInteger();
        CompletableFuture<?>[] calls = new CompletableFuture<?>[total];
        for (int n = 0; n < total; n++) {
            long wait = start + n * period - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            byte[] bytes = ("{\"object\":\"page\",\"entry\":[],\"warm\":" + n + "}").getBytes(StandardCharsets.UTF_8);
            String signature;
            synchronized (mac) {
                signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(("x" + n).getBytes(StandardCharsets.UTF_8)));
            }
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("X-Hub-Signature-256", signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            calls[n] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> {
                        if (response.statusCode() == 401) {
                            refused.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(calls).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
        System.out.printf("generator warm-up: %d badly signed posts in %d s, %d refused with 401%n", total, seconds, refused.get());
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
