package vn.anm.assistant.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.report.LocalPostgres;

/**
 * Accepted means kept, proved by killing the application (a separate JVM) in the middle of its work:
 * Messenger bursts answered by a Graph stand-in that takes 250 ms per send, and citizens pressing
 * "Gửi" at the same time. After a SIGTERM with a backlog, a kill -9, or the death of one of two
 * instances, every acknowledged event is answered, no part reaches the user twice, and every report
 * code shown to a citizen is kept and never given to anyone else. Scaled down for CI (120 events a
 * burst); bench/faults runs the full figures.
 */
class PipelineKillTests {

    private static final int EVENTS = 120;
    private static final int CITIZENS = 24;

    @Test
    void onH2ASigtermWithABacklogAndAKill9DuringABurstLoseNothingAndRepeatNothing() throws Exception {
        Path work = Files.createTempDirectory("anm-kill-h2");
        GraphStandIn graph = new GraphStandIn(250);
        Map<String, String> properties = new HashMap<>(FaultDrivers.facebook(graph));
        properties.put("anm.data-dir", work.resolve("data").toString());
        try {
            int parts;
            // 1. SIGTERM with a backlog: in-flight sends finish, the rest waits in the database
            Burst first;
            try (AppProcess app = AppProcess.start(work, "h2-1", properties)) {
                parts = partsOfOneReply(app, graph, "h2-control");
                first = Burst.post("h2a", EVENTS, i -> app.baseUrl());
                first.awaitPosted();
                await().atMost(Duration.ofSeconds(60)).until(() -> graph.sends() >= parts * EVENTS / 5);
                app.terminate();
                assertThat(app.log()).contains("Delivery stopped");
            }
            assertThat(graph.sends()).as("a backlog was left for the next instance").isLessThan(parts * (EVENTS + 1));
            Burst second;
            List<CompletableFuture<String>> shown = new ArrayList<>();
            try (AppProcess app = AppProcess.start(work, "h2-2", properties)) {
                first.redeliver(app.baseUrl());
                awaitAnswered(graph, first, parts, app);
                assertOncePerPart(graph, first, parts, 0);

                // 2. kill -9 during a burst and during report submissions
                List<FaultDrivers.Citizen> citizens = prepared(app, CITIZENS);
                int before = graph.sends();
                second = Burst.post("h2b", EVENTS, i -> app.baseUrl());
                for (FaultDrivers.Citizen citizen : citizens) {
                    shown.add(citizen.send(app.baseUrl()));
                    Thread.sleep(15);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> graph.sends() - before >= parts * EVENTS / 3);
                app.kill();
            }
            Set<String> codesShown = codes(shown);
            try (AppProcess app = AppProcess.start(work, "h2-3", properties)) {
                second.redeliver(app.baseUrl());
                awaitAnswered(graph, second, parts, app);
                assertOncePerPart(graph, second, parts, uncertain(app));
                Set<String> after = codes(prepared(app, 5).stream().map(c -> c.send(app.baseUrl())).toList());
                assertThat(after).hasSize(5).doesNotContainAnyElementsOf(codesShown);
                app.terminate();
            }
            List<String> stored = storedCodes("jdbc:h2:file:" + work.resolve("data").resolve("anm"), "sa");
            assertThat(stored).as("every code shown before the kill is kept").containsAll(codesShown);
            assertThat(new HashSet<>(stored)).as("no code given twice").hasSize(stored.size());
        } finally {
            graph.close();
        }
    }

    @Test
    void onPostgresTwoInstancesShareTheWorkAndTheSurvivorFinishesWhatTheKilledOneAccepted() throws Exception {
        LocalPostgres.requireOrSkip();
        String schema = "pipeline_kill";
        try (Connection raw = DriverManager.getConnection(LocalPostgres.jdbcUrl("public"), LocalPostgres.user(), "");
                Statement statement = raw.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        Path work = Files.createTempDirectory("anm-kill-pg");
        GraphStandIn graph = new GraphStandIn(250);
        Map<String, String> properties = new HashMap<>(FaultDrivers.facebook(graph));
        properties.put("anm.data-dir", work.resolve("data").toString());
        properties.put("spring.r2dbc.url", LocalPostgres.r2dbcUrl(schema));
        properties.put("spring.r2dbc.username", LocalPostgres.user());
        properties.put("spring.flyway.url", LocalPostgres.jdbcUrl(schema));
        properties.put("spring.flyway.user", LocalPostgres.user());
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        try (AppProcess a = AppProcess.start(work, "pg-a", properties); AppProcess b = AppProcess.start(work, "pg-b", properties)) {
            int parts = partsOfOneReply(a, graph, "pg-control");

            // the same delivery posted to both instances at once: one reply
            CompletableFuture.allOf(FaultDrivers.message(a.baseUrl(), "pg-twice", "m_pg_twice", FaultDrivers.QUESTION),
                    FaultDrivers.message(b.baseUrl(), "pg-twice", "m_pg_twice", FaultDrivers.QUESTION)).join();
            await().atMost(Duration.ofSeconds(30)).until(() -> graph.byUser().getOrDefault("pg-twice", List.of()).size() >= parts);
            Thread.sleep(1000);
            assertThat(graph.byUser().get("pg-twice")).hasSize(parts).doesNotHaveDuplicates();

            // a burst spread over both, citizens filing reports on the one that dies
            List<FaultDrivers.Citizen> citizens = prepared(a, CITIZENS);
            int before = graph.sends();
            Burst burst = Burst.post("pg", EVENTS, i -> i % 2 == 0 ? a.baseUrl() : b.baseUrl());
            List<CompletableFuture<String>> shown = new ArrayList<>();
            for (FaultDrivers.Citizen citizen : citizens) {
                shown.add(citizen.send(a.baseUrl()));
                Thread.sleep(15);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> graph.sends() - before >= parts * EVENTS / 3);
            a.kill();
            Set<String> codesShown = codes(shown);
            burst.awaitPosted();

            burst.redeliver(b.baseUrl());
            awaitAnswered(graph, burst, parts, b);
            assertOncePerPart(graph, burst, parts, uncertain(b));

            Set<String> after = codes(prepared(b, 5).stream().map(c -> c.send(b.baseUrl())).toList());
            assertThat(after).hasSize(5).doesNotContainAnyElementsOf(codesShown);
            List<String> stored = storedCodes(LocalPostgres.jdbcUrl(schema), LocalPostgres.user());
            assertThat(stored).as("every code shown before the kill is kept").containsAll(codesShown);
            assertThat(new HashSet<>(stored)).as("no code given twice").hasSize(stored.size());
        } finally {
            graph.close();
        }
    }

    /** How many sends one reply to the question takes (every user of a burst is new and asks it). */
    private static int partsOfOneReply(AppProcess app, GraphStandIn graph, String user) {
        FaultDrivers.message(app.baseUrl(), user, "m_" + user, FaultDrivers.QUESTION).join();
        await().atMost(Duration.ofSeconds(30)).until(() -> graph.byUser().containsKey(user));
        int[] last = {-1};
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(700)).until(() -> {
            int now = graph.byUser().get(user).size();
            boolean stable = now == last[0];
            last[0] = now;
            return stable;
        });
        return last[0];
    }

    private static List<FaultDrivers.Citizen> prepared(AppProcess app, int count) {
        List<FaultDrivers.Citizen> citizens = IntStream.range(0, count).mapToObj(i -> new FaultDrivers.Citizen()).toList();
        List<Boolean> ready = citizens.stream().map(c -> c.prepare(app.baseUrl())).map(CompletableFuture::join).toList();
        assertThat(ready).as("every citizen reached the summary").containsOnly(true);
        return citizens;
    }

    /** The codes the citizens saw: answers that arrived (a kill may cut the others off). */
    private static Set<String> codes(List<CompletableFuture<String>> answers) {
        Set<String> codes = new HashSet<>();
        for (CompletableFuture<String> answer : answers) {
            String code = answer.join();
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /**
     * Until every acknowledged user has the whole reply, but for the parts {@code app} recorded as uncertain
     * (an attempt interrupted by the kill: not sent again, at most once), and nothing waits any more.
     */
    private static void awaitAnswered(GraphStandIn graph, Burst burst, int parts, AppProcess app) {
        assertThat(burst.acknowledged).as("every event acknowledged, at last").hasSameSizeAs(burst.users);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(600))
                .until(() -> FaultDrivers.metric(app.managementUrl(), "anm_inbox_backlog", "") == 0
                        && FaultDrivers.metric(app.managementUrl(), "anm_outbox_backlog", "") == 0
                        && missing(graph, burst, parts) <= uncertain(app));
        try {
            Thread.sleep(1500); // anything still coming would be a repeat
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertOncePerPart(GraphStandIn graph, Burst burst, int parts, int uncertain) {
        Map<String, List<String>> received = graph.byUser();
        int repeated = 0;
        for (String user : burst.users) {
            List<String> sent = received.getOrDefault(user, List.of());
            repeated += sent.size() - new HashSet<>(sent).size();
            assertThat(sent).as("%s answered", user).isNotEmpty();
        }
        assertThat(repeated).as("parts a user received twice").isZero();
        assertThat(missing(graph, burst, parts)).as("parts missing (at most those recorded uncertain: %s)", uncertain)
                .isLessThanOrEqualTo(uncertain);
    }

    private static int uncertain(AppProcess app) {
        return (int) Math.max(0, FaultDrivers.metric(app.managementUrl(), "anm_outbox_attempts_total", "outcome=\"uncertain\""));
    }

    private static int missing(GraphStandIn graph, Burst burst, int parts) {
        Map<String, List<String>> received = graph.byUser();
        return burst.users.stream()
                .mapToInt(user -> Math.max(0, parts - new HashSet<>(received.getOrDefault(user, List.of())).size())).sum();
    }

    private static List<String> storedCodes(String jdbcUrl, String user) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                ResultSet rows = connection.createStatement().executeQuery("SELECT reference_code FROM incident_report")) {
            while (rows.next()) {
                codes.add(Objects.requireNonNull(rows.getString(1)));
            }
        }
        return codes;
    }
}
