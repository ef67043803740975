package vn.anm.assistant.faults.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.faults.AppProcess;
import vn.anm.assistant.faults.Burst;
import vn.anm.assistant.faults.FaultDrivers;
import vn.anm.assistant.faults.GraphStandIn;
import vn.anm.assistant.report.LocalPostgres;

/**
 * The fault benchmark at the scale (bench/faults/run.sh): a 1,000-event Messenger burst with
 * 2 s sends, kill -9 when a third of the replies went out, restart on the same database; then the
 * send API refusing everything (500, then 429) for 60 s during a second burst. Counts, at the Graph
 * stand-in, what every acknowledged event received: parts missing, parts received twice.
 * Options: --db=h2|postgres --events=1000 --delay=2000 --outage=60 --concurrency=512
 */
public final class FaultBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("db", "h2", "events", "1000", "delay", "2000", "outage", "60",
                "concurrency", "512"));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair[1]);
        }
        System.setProperty("anm.fault.fast-start", "false");
        System.setProperty("anm.fault.heap", "768m");
        int events = Integer.parseInt(options.get("events"));
        int outage = Integer.parseInt(options.get("outage"));
        Path work = Files.createTempDirectory("anm-fault-bench");
        try (GraphStandIn graph = new GraphStandIn(Long.parseLong(options.get("delay")))) {
            Map<String, String> properties = new HashMap<>(FaultDrivers.facebook(graph));
            properties.put("anm.data-dir", work.resolve("data").toString());
            properties.put("anm.channel.delivery.concurrency", options.get("concurrency"));
            properties.put("anm.channel.delivery.lease", "10s");
            properties.put("anm.channel.delivery.platform-pause", "1s");
            properties.put("anm.channel.delivery.max-backoff", "5s");
            if (options.get("db").equals("postgres")) {
                String schema = "fault_bench";
                try (Connection raw = DriverManager.getConnection(LocalPostgres.jdbcUrl("public"), LocalPostgres.user(), "");
                        Statement statement = raw.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
                properties.put("spring.r2dbc.url", LocalPostgres.r2dbcUrl(schema));
                properties.put("spring.r2dbc.username", LocalPostgres.user());
                properties.put("spring.flyway.url", LocalPostgres.jdbcUrl(schema));
                properties.put("spring.flyway.user", LocalPostgres.user());
                properties.put("spring.flyway.schemas", schema);
                properties.put("spring.flyway.default-schema", schema);
            }
            System.out.printf("== fault bench: %s, %d events a burst, sends answered after %s ms, send concurrency %s%n",
                    options.get("db"), events, options.get("delay"), options.get("concurrency"));

            // 1. kill -9 during a burst, restart on the same database
            Burst burst;
            int parts;
            long started;
            try (AppProcess app = AppProcess.start(work, "bench-1", properties)) {
                FaultDrivers.message(app.baseUrl(), "control", "m_control", FaultDrivers.QUESTION).join();
                parts = settle(graph, "control");
                System.out.printf("   one reply = %d parts; posting the burst%n", parts);
                started = System.nanoTime();
                burst = Burst.post("kill", events, i -> app.baseUrl());
                while (graph.sends() < parts * events / 3 + parts) {
                    Thread.sleep(50);
                }
                app.kill();
                System.out.printf("   kill -9 after %.1f s: %d of %d events acknowledged, %d sends received%n",
                        (System.nanoTime() - started) / 1e9, burst.acknowledged.size(), events, graph.sends());
            }
            try (AppProcess app = AppProcess.start(work, "bench-2", properties)) {
                burst.awaitPosted();
                int again = burst.redeliver(app.baseUrl());
                drain(app);
                report("after kill -9 and restart", graph, burst, parts, app, started, again);

                // 2. the send API refuses everything for the outage, during a second burst
                started = System.nanoTime();
                graph.failWith(500);
                Burst second = Burst.post("outage", events, i -> app.baseUrl());
                second.awaitPosted();
                Thread.sleep(outage * 500L);
                graph.failWith(429);
                Thread.sleep(outage * 500L);
                graph.failWith(0);
                long recovered = System.nanoTime();
                drain(app);
                System.out.printf("   outage of %d s (500, then 429); drained %.1f s after the recovery%n", outage,
                        (System.nanoTime() - recovered) / 1e9);
                report("after the outage", graph, second, parts, app, started, 0);
                app.terminate();
            }
        }
        System.exit(0); // the HTTP clients' threads would keep the JVM alive
    }

    private static int settle(GraphStandIn graph, String user) throws InterruptedException {
        int last = -1;
        while (true) {
            Thread.sleep(3000);
            int now = graph.byUser().getOrDefault(user, List.of()).size();
            if (now > 0 && now == last) {
                return now;
            }
            last = now;
        }
    }

    private static void drain(AppProcess app) throws InterruptedException {
        int quiet = 0;
        while (quiet < 3) {
            Thread.sleep(1000);
            boolean empty = FaultDrivers.metric(app.managementUrl(), "anm_inbox_backlog", "") == 0
                    && FaultDrivers.metric(app.managementUrl(), "anm_outbox_backlog", "") == 0;
            quiet = empty ? quiet + 1 : 0;
        }
    }

    private static void report(String phase, GraphStandIn graph, Burst burst, int parts, AppProcess app, long started, int redelivered) {
        Map<String, List<String>> received = graph.byUser();
        int missing = 0;
        int repeated = 0;
        int unanswered = 0;
        for (String user : burst.users) {
            List<String> sent = received.getOrDefault(user, List.of());
            int distinct = new HashSet<>(sent).size();
            repeated += sent.size() - distinct;
            missing += Math.max(0, parts - distinct);
            unanswered += sent.isEmpty() ? 1 : 0;
        }
        double uncertain = FaultDrivers.metric(app.managementUrl(), "anm_outbox_attempts_total", "outcome=\"uncertain\"");
        System.out.printf("== %s: %d/%d events acknowledged (%d deliveries repeated by the platform), %d unanswered,"
                + " %d parts missing, %d parts received twice, %.0f attempts recorded uncertain; %.1f s from the first event%n",
                phase, burst.acknowledged.size(), burst.users.size(), redelivered, unanswered, missing, repeated, uncertain,
                (System.nanoTime() - started) / 1e9);
    }
}
