import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
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
 * The HTTP client is a few lines over plain keep-alive sockets (one blocking call per connection, connections reused):
 * the generator shares the machine's two cores with the service, and java.net.http's client took 3.6 ms of CPU
 * per event there, its launch included (bench/channels.md), time taken from the service under test.
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

        Client client = new Client(url);
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
                client.post(bytes, signature).whenComplete((status, error) -> {
                    long micros = (System.nanoTime() - due) / 1000;
                    if (error == null && status == 200) {
                        ok.incrementAndGet();
                        latencies.add(micros);
                        if (due - start < earlyNanos) {
                            early.add(micros);
                        }
                    } else {
                        if (failed.incrementAndGet() <= 5) {
                            System.err.println("failed: " + (error != null ? error : "HTTP " + status));
                        }
                    }
                    call.complete(null);
                });
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(calls).get(seconds + 60L, TimeUnit.SECONDS);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        ticker.shutdown();
        client.close();

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
    private static void warmUp(Client client, URI url, Mac mac, int rate, int seconds) throws Exception {
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
            calls[n] = client.post(bytes, signature)
                    .thenAccept(status -> {
                        if (status == 401) {
                            refused.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(calls).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
        System.out.printf("generator warm-up: %d badly signed posts in %d s, %d refused with 401%n", total, seconds, refused.get());
    }

    /**
     * POSTs over keep-alive connections: a request takes an idle connection (or opens one), writes, reads the status
     * and the body (Content-Length or chunked), and gives the connection back. One thread per request in flight.
     */
    static final class Client {

        private final String host;
        private final int port;
        private final byte[] head;
        private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
        private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "post");
            thread.setDaemon(true);
            return thread;
        });

        Client(URI url) {
            this.host = url.getHost();
            this.port = url.getPort();
            this.head = ("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nContent-Type: application/json\r\nX-Hub-Signature-256: ").getBytes(StandardCharsets.US_ASCII);
        }

        CompletableFuture<Integer> post(byte[] body, String signature) {
            return CompletableFuture.supplyAsync(() -> {
                Connection connection = idle.poll();
                try {
                    if (connection == null) {
                        connection = new Connection(host, port);
                    }
                    int status = connection.post(head, body, signature);
                    if (connection.reusable) {
                        idle.add(connection);
                    } else {
                        connection.close();
                    }
                    return status;
                } catch (IOException e) {
                    if (connection != null) {
                        connection.close();
                    }
                    throw new IllegalStateException(e);
                }
            }, threads);
        }

        void close() {
            for (Connection connection; (connection = idle.poll()) != null;) {
                connection.close();
            }
        }
    }

    static final class Connection {

        private final Socket socket = new Socket();
        private final OutputStream out;
        private final InputStream in;
        boolean reusable = true;

        Connection(String host, int port) throws IOException {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
        }

        int post(byte[] head, byte[] body, String signature) throws IOException {
            byte[] rest = (signature + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[head.length + rest.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(rest, 0, request, head.length, rest.length);
            System.arraycopy(body, 0, request, head.length + rest.length, body.length);
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = 0;
            boolean chunked = false;
            for (String header; !(header = line()).isEmpty();) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    reusable = false;
                }
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0;) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
            } else {
                skip(length);
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != '\n';) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0;) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
