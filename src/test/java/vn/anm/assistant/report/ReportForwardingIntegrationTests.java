package vn.anm.assistant.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports forwarded by the running forwarder to an in-process SMTP server (GreenMail) and a webhook
 * receiver (WireMock), including a receiver that is down for a while.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReportForwardingIntegrationTests {

    static final String SECRET = "webhook-secret-for-tests";
    static final GreenMail mailbox = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final WireMockServer receiver = new WireMockServer(options().dynamicPort());

    static final String DATA_DIR = "./target/test-data/forwarding-" + UUID.randomUUID();

    static {
        mailbox.start();
        receiver.start();
    }

    @DynamicPropertySource
    static void destinations(DynamicPropertyRegistry registry) {
        registry.add("anm.knowledge.watch", () -> "false");
        registry.add("anm.data-dir", () -> DATA_DIR);
        registry.add("anm.data-key", () -> TestDrafts.DATA_KEY);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mailbox.getSmtp().getPort());
        registry.add("anm.report.mail-to", () -> "tiep-nhan@congan.example.vn");
        registry.add("anm.report.webhook-url", () -> receiver.baseUrl() + "/reports");
        registry.add("anm.report.webhook-secret", () -> SECRET);
        registry.add("anm.report.forwarding.initial-delay", () -> "100ms");
        registry.add("anm.report.forwarding.every", () -> "100ms");
        registry.add("anm.report.forwarding.first-retry", () -> "200ms");
        registry.add("anm.report.forwarding.max-retry", () -> "1s");
    }

    @AfterAll
    static void stopServers() {
        mailbox.stop();
        receiver.stop();
    }

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportDesk desk;

    @Autowired
    DatabaseClient db;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void emptyMailboxAndReceiver() throws Exception {
        mailbox.purgeEmailFromAllMailboxes();
        receiver.resetAll();
    }

    @Test
    void eachReportReachesTheMailboxAndTheWebhookOnceWithAValidSignature() throws Exception {
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(202)));

        ReportReference reference = intake.submit(TestDrafts.complete(new Reporter("FACEBOOK", "psid-1"))).block()
                .reference();

        await().atMost(Duration.ofSeconds(20)).until(() -> desk.find(reference).block().status() == ReportStatus.FORWARDED);
        MimeMessage[] mails = mailbox.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Tin báo sự cố an ninh mạng " + reference.value());
        assertThat(mails[0].getHeader("X-Idempotency-Key")).hasSize(1);
        assertThat(((String) mails[0].getContent()))
                .contains("Mã tin báo: " + reference.value())
                .contains("Loại sự việc: Giả danh cơ quan chức năng, ngân hàng, nhà mạng")
                .contains("Số điện thoại của đối tượng: " + TestDrafts.SCAMMER_PHONE)
                .contains("Số tiền bị mất: 50 triệu");

        List<LoggedRequest> posts = receiver.findAll(postRequestedFor(urlEqualTo("/reports")));
        assertThat(posts).hasSize(1);
        LoggedRequest request = posts.get(0);
        assertThat(request.getHeader("X-Anm-Signature-256"))
                .isEqualTo(WebhookSignatures.expected(SECRET, request.getBody()));
        JsonNode body = json.readTree(new String(request.getBody(), StandardCharsets.UTF_8));
        assertThat(body.get("reference").asString()).isEqualTo(reference.value());
        assertThat(body.get("idempotencyKey").asString()).isEqualTo(request.getHeader("Idempotency-Key"));
        assertThat(body.get("counterpart").get("phoneNumbers").get(0).asString()).isEqualTo(TestDrafts.SCAMMER_PHONE);
        assertThat(body.toString()).doesNotContain("psid-1");

        assertThat(desk.find(reference).block().deliveries())
                .extracting(DeliveryState::destination, DeliveryState::delivered, DeliveryState::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EMAIL", true, 1),
                        org.assertj.core.groups.Tuple.tuple("WEBHOOK", true, 1));
    }

    @Test
    void aReportKeptWhileNoDestinationWasSetIsForwardedFromTheDeskAndItsAttemptsAreListed() throws Exception {
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(202)));
        ReportReference reference = intake.submit(TestDrafts.complete(new Reporter("ZALO", "kept-1"))).block().reference();
        // as if filed before any destination was configured: no delivery rows (the forwarder may have started one)
        await().atMost(Duration.ofSeconds(20)).until(() -> desk.find(reference).block().status() == ReportStatus.FORWARDED);
        db.sql("DELETE FROM report_delivery WHERE report_id = (SELECT id FROM incident_report WHERE reference_code = :r)")
                .bind("r", reference.value()).then().block();
        db.sql("UPDATE incident_report SET status = 'RECEIVED', forwarded_at = NULL WHERE reference_code = :r")
                .bind("r", reference.value()).then().block();
        mailbox.purgeEmailFromAllMailboxes();
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(202)));
        assertThat(desk.attempts(reference).collectList().block()).isEmpty();

        assertThat(desk.forward(reference).block()).containsExactly("EMAIL", "WEBHOOK");
        assertThat(desk.forward(reference).block()).as("a second press adds nothing").isEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() -> desk.find(reference).block().status() == ReportStatus.FORWARDED);
        assertThat(mailbox.getReceivedMessages()).hasSize(1);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/reports")))).hasSize(1);
        assertThat(desk.attempts(reference).collectList().block())
                .extracting(DeliveryAttempt::destination, DeliveryAttempt::outcome)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("EMAIL", "ACKNOWLEDGED"),
                        org.assertj.core.groups.Tuple.tuple("WEBHOOK", "ACKNOWLEDGED"));
    }

    @Test
    void aReceiverThatIsDownForAWhileGetsTheReportOnceItIsBack() {
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ReportReference reference = intake.submit(TestDrafts.complete(new Reporter("ZALO", "zalo-2"))).block()
                .reference();

        await().atMost(Duration.ofSeconds(20)).until(() -> webhookOutcomes(reference).size() >= 3);
        assertThat(desk.find(reference).block().status()).isEqualTo(ReportStatus.RECEIVED);

        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(200)));

        await().atMost(Duration.ofSeconds(20)).until(() -> desk.find(reference).block().status() == ReportStatus.FORWARDED);
        List<LoggedRequest> posts = receiver.findAll(postRequestedFor(urlEqualTo("/reports")));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).getHeader("X-Anm-Signature-256"))
                .isEqualTo(WebhookSignatures.expected(SECRET, posts.get(0).getBody()));
        assertThat(mailbox.getReceivedMessages()).hasSize(1);

        List<String> outcomes = webhookOutcomes(reference);
        assertThat(outcomes).last().isEqualTo("ACKNOWLEDGED");
        assertThat(outcomes.subList(0, outcomes.size() - 1)).hasSizeGreaterThanOrEqualTo(3).containsOnly("FAILED");
    }

    private List<String> webhookOutcomes(ReportReference reference) {
        return db.sql("""
                SELECT a.outcome FROM report_delivery_attempt a
                JOIN report_delivery d ON d.id = a.delivery_id
                JOIN incident_report r ON r.id = d.report_id
                WHERE d.destination = 'WEBHOOK' AND r.reference_code = :reference ORDER BY a.attempt
                """).bind("reference", reference.value())
                .map(row -> row.get("outcome", String.class)).all().collectList().block();
    }
}
