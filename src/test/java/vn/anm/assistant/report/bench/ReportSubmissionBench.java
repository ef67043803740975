package vn.anm.assistant.report.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.AssistantApplication;
import vn.anm.assistant.report.LocalPostgres;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.Reporter;
import vn.anm.assistant.report.TestDrafts;
import vn.anm.assistant.report.WebhookSignatures;

/**
 * bench/reports/run.sh: starts the real application (H2 file or the local PostgreSQL) with both
 * destinations pointed at local receivers (GreenMail SMTP, a WireMock webhook), submits N reports at
 * once, waits until every report is forwarded, then checks that none was lost and each reached each
 * receiver exactly once with a valid signature. Not a test: prints figures for bench/reports.md.
 */
public final class ReportSubmissionBench {

    private static final String SECRET = "bench-secret";

    public static void main(String[] args) throws Exception {
        String db = arg(args, "db", "h2");
        int reports = Integer.parseInt(arg(args, "reports", "200"));
        String every = arg(args, "every", "200ms");

        GreenMail mailbox = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailbox.start();
        WireMockServer receiver = new WireMockServer(options().dynamicPort().containerThreads(32));
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(202)));

        List<String> properties = new ArrayList<>(List.of("--server.port=0", "--anm.knowledge.watch=false",
                "--anm.data-key=" + TestDrafts.DATA_KEY, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mailbox.getSmtp().getPort(), "--anm.report.mail-to=tiep-nhan@congan.example.vn",
                "--anm.report.webhook-url=" + receiver.baseUrl() + "/reports", "--anm.report.webhook-secret=" + SECRET,
                "--anm.report.forwarding.every=" + every, "--anm.report.forwarding.initial-delay=" + every,
                "--anm.report.forwarding.batch-size=50", "--anm.report.forwarding.concurrency=8",
                "--logging.level.vn.anm.assistant.report=WARN"));
        if (db.equals("postgres")) {
            String user = LocalPostgres.user();
            if (user == null) {
                throw new IllegalStateException("PostgreSQL is not reachable at 127.0.0.1:5432");
            }
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", user, "")) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS report_bench CASCADE");
            }
            properties.addAll(List.of("--anm.data-dir=./target/bench-data/pg",
                    "--spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:5432/test?schema=report_bench",
                    "--spring.r2dbc.username=" + user, "--spring.flyway.url=jdbc:postgresql://127.0.0.1:5432/test",
                    "--spring.flyway.user=" + user, "--spring.flyway.schemas=report_bench",
                    "--spring.flyway.default-schema=report_bench"));
        } else {
            properties.add("--anm.data-dir=./target/bench-data/h2-" + UUID.randomUUID());
        }

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AssistantApplication.class)
                .web(WebApplicationType.REACTIVE).run(properties.toArray(String[]::new))) {
            ReportIntake intake = app.getBean(ReportIntake.class);
            DatabaseClient database = app.getBean(DatabaseClient.class);
            // one warm-up report outside the figures (JIT, pools, first SMTP and HTTP connections)
            intake.submit(TestDrafts.complete(new Reporter("WEB", "warm-up"))).block();
            awaitCount(database, "SELECT COUNT(*) AS n FROM incident_report WHERE status = 'FORWARDED'", 1);
            mailbox.purgeEmailFromAllMailboxes();
            receiver.resetRequests();
            database.sql("DELETE FROM incident_report").then().block();

            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            long start = System.nanoTime();
            List<String> codes = Flux.range(0, reports)
                    .flatMap(i -> Mono.defer(() -> {
                        long began = System.nanoTime();
                        return intake.submit(TestDrafts.complete(new Reporter("WEB", "bench-" + i)))
                                .doOnNext(s -> latencies.add(System.nanoTime() - began));
                    }), reports)
                    .map(submitted -> submitted.reference().value())
                    .collectList()
                    .block(Duration.ofMinutes(5));
            long committed = System.nanoTime();
            awaitCount(database, "SELECT COUNT(*) AS n FROM incident_report WHERE status = 'FORWARDED'", reports);
            long forwarded = System.nanoTime();

            List<LoggedRequest> posts = receiver.findAll(postRequestedFor(urlEqualTo("/reports")));
            MimeMessage[] mails = mailbox.getReceivedMessages();
            Set<String> postKeys = posts.stream().map(p -> p.getHeader("Idempotency-Key")).collect(Collectors.toSet());
            long badSignatures = posts.stream()
                    .filter(p -> !WebhookSignatures.expected(SECRET, p.getBody()).equals(p.getHeader("X-Anm-Signature-256")))
                    .count();
            Set<String> mailKeys = new HashSet<>();
            for (MimeMessage mail : mails) {
                mailKeys.add(mail.getHeader("X-Idempotency-Key")[0]);
            }
            Map<String, Long> postsPerReference = posts.stream()
                    .map(p -> p.getBodyAsString().replaceAll("(?s).*\"reference\":\"(LS-[0-9-]+)\".*", "$1"))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("%ndatabase            %s%n", db);
            System.out.printf("reports submitted   %d at once (%d distinct codes)%n", codes.size(), new HashSet<>(codes).size());
            System.out.printf("all committed in    %d ms  (%.0f reports/s)%n", ms(committed - start),
                    reports * 1e9 / (committed - start));
            System.out.printf("submit latency      p50 %d ms, p95 %d ms, max %d ms%n", ms(pct(sorted, 50)), ms(pct(sorted, 95)),
                    ms(sorted.get(sorted.size() - 1)));
            System.out.printf("all forwarded in    %d ms after the first submission (forwarder every %s)%n",
                    ms(forwarded - start), every);
            System.out.printf("rows                %d reports, %d deliveries delivered, %d attempts%n",
                    count(database, "SELECT COUNT(*) AS n FROM incident_report"),
                    count(database, "SELECT COUNT(*) AS n FROM report_delivery WHERE status = 'DELIVERED'"),
                    count(database, "SELECT COUNT(*) AS n FROM report_delivery_attempt"));
            System.out.printf("webhook             %d POSTs, %d distinct keys, %d references, max %d per reference,"
                    + " %d bad signatures%n", posts.size(), postKeys.size(), postsPerReference.size(),
                    postsPerReference.values().stream().mapToLong(Long::longValue).max().orElse(0), badSignatures);
            System.out.printf("e-mail              %d messages, %d distinct keys%n", mails.length, mailKeys.size());
            boolean ok = new HashSet<>(codes).size() == reports && posts.size() == reports && postKeys.size() == reports
                    && postsPerReference.size() == reports && badSignatures == 0 && mails.length == reports
                    && mailKeys.size() == reports;
            System.out.println(ok ? "RESULT              OK: none lost, each forwarded once" : "RESULT              FAILED");
            if (!ok) {
                System.exit(1);
            }
        } finally {
            receiver.stop();
            mailbox.stop();
        }
    }

    private static void awaitCount(DatabaseClient db, String sql, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (count(db, sql) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + expected + ": " + sql);
            }
            Thread.sleep(20);
        }
    }

    private static long count(DatabaseClient db, String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block();
    }

    private static long pct(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
