package vn.anm.assistant.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import vn.anm.assistant.AssistantApplication;

/**
 * Forwarding across a restart: the first instance fails to reach the receiver and stops; the row it
 * was working on is then left leased, as by an instance that crashed mid-delivery. The next instance
 * on the same database still delivers the report, once the lease expires, with the same idempotency
 * key and a valid signature.
 */
class ReportForwardingRestartTests {

    static final String SECRET = "restart-secret";
    static final WireMockServer receiver = new WireMockServer(options().dynamicPort());
    final String dataDir = "./target/test-data/restart-" + UUID.randomUUID();

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Test
    void aReportStillOnItsWayWhenTheApplicationStopsIsDeliveredAfterTheRestart() throws Exception {
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(503)));

        ReportReference reference;
        try (ConfigurableApplicationContext first = start()) {
            reference = first.getBean(ReportIntake.class)
                    .submit(TestDrafts.complete(new Reporter("WEB", "web-restart"))).block().reference();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.findAll(postRequestedFor(urlEqualTo("/reports"))).size() >= 2);
        }

        Instant leaseUntil = Instant.now().plusSeconds(3);
        try (Connection raw = DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/anm", "sa", "");
                PreparedStatement crashed = raw.prepareStatement(
                        "UPDATE report_delivery SET lease_owner = 'crashed-instance', lease_until = ?, next_attempt_at = ?"
                                + " WHERE status = 'PENDING'")) {
            crashed.setObject(1, leaseUntil.atOffset(ZoneOffset.UTC));
            crashed.setObject(2, Instant.now().atOffset(ZoneOffset.UTC));
            assertThat(crashed.executeUpdate()).as("the report is still waiting for its delivery").isEqualTo(1);
        }

        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(200)));
        try (ConfigurableApplicationContext second = start()) {
            ReportDesk desk = second.getBean(ReportDesk.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> desk.find(reference).block().status() == ReportStatus.FORWARDED);
            DeliveryState delivery = desk.find(reference).block().deliveries().get(0);
            assertThat(delivery.deliveredAt()).as("not before the crashed instance's lease expired").isAfter(leaseUntil);
            assertThat(delivery.attempts()).isGreaterThanOrEqualTo(3);
        }

        List<LoggedRequest> posts = receiver.findAll(postRequestedFor(urlEqualTo("/reports")));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).getHeader("X-Anm-Signature-256"))
                .isEqualTo(WebhookSignatures.expected(SECRET, posts.get(0).getBody()));
        assertThat(posts.get(0).getBodyAsString()).contains(reference.value());
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AssistantApplication.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run("--anm.knowledge.watch=false", "--anm.data-dir=" + dataDir, "--anm.data-key=" + TestDrafts.DATA_KEY,
                        "--anm.report.webhook-url=" + receiver.baseUrl() + "/reports",
                        "--anm.report.webhook-secret=" + SECRET, "--anm.report.forwarding.initial-delay=100ms",
                        "--anm.report.forwarding.every=100ms", "--anm.report.forwarding.lease=2s",
                        "--anm.report.forwarding.timeout=5s", "--anm.report.forwarding.first-retry=200ms",
                        "--anm.report.forwarding.max-retry=500ms");
    }
}
