package vn.anm.assistant.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.anm.assistant.report.WebhookSignatures;
import vn.anm.assistant.WholeResponseBodies;

/**
 * A running instance, after citizens wrote on the web chat, Messenger and Zalo (WireMock standing in
 * for the Graph and Zalo send APIs and a report receiver): the probes of the Kubernetes manifests
 * answer on the management port, and /actuator/prometheus exposes every series the Grafana dashboard
 * and the alert rules query (deploy/observability/metrics.tsv; rows of branches not merged yet are
 * "pending" until they exist).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT60S") // a loaded CI machine can take more than the default 5 s
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardMetricsTests {

    private static final String FB_SECRET = "metrics-app-secret";
    private static final String ZALO_APP_ID = "2553928453557884079";
    private static final String ZALO_OA_SECRET = "metrics-oa-secret";
    private static final String SEND_PATH = "/v25.0/me/messages";
    private static final String CS_PATH = "/v3.0/oa/message/cs";
    private static final Pattern METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    private static final WireMockServer platform = new WireMockServer(wireMockConfig().dynamicPort());
    private static final Path dataDir;

    static {
        platform.start();
        try {
            dataDir = Files.createTempDirectory("anm-metrics-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("anm.knowledge.watch", () -> "false");
        registry.add("anm.data-dir", dataDir::toString);
        registry.add("anm.channel.facebook.app-secret", () -> FB_SECRET);
        registry.add("anm.channel.facebook.page-access-token", () -> "metrics-page-token");
        registry.add("anm.channel.facebook.verify-token", () -> "metrics-verify");
        registry.add("anm.channel.facebook.graph-url", () -> platform.baseUrl() + "/v25.0");
        registry.add("anm.channel.zalo.app-id", () -> ZALO_APP_ID);
        registry.add("anm.channel.zalo.oa-secret-key", () -> ZALO_OA_SECRET);
        registry.add("anm.channel.zalo.app-secret-key", () -> "metrics-app-secret-key");
        registry.add("anm.channel.zalo.access-token", () -> "metrics-access-token");
        registry.add("anm.channel.zalo.refresh-token", () -> "metrics-refresh-token");
        registry.add("anm.channel.zalo.openapi-url", platform::baseUrl);
        registry.add("anm.channel.zalo.oauth-url", platform::baseUrl);
        registry.add("anm.channel.delivery.first-backoff", () -> "20ms");
        registry.add("anm.channel.delivery.max-backoff", () -> "100ms");
        registry.add("anm.report.webhook-url", () -> platform.baseUrl() + "/reports");
        registry.add("anm.report.webhook-secret", () -> "metrics-report-secret");
    }

    @Autowired
    WebTestClient web;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int publicPort;

    @LocalManagementPort
    int managementPort;

    private String scrape;

    @BeforeAll
    void citizensWrite() {
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"1\",\"message_id\":\"m_sent\"}")));
        // One Graph send fails once (retried), another meets an expired Page token (a person must act).
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).withRequestBody(matchingJsonPath("$.recipient.id", equalTo("70002")))
                .inScenario("flaky").whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).withRequestBody(matchingJsonPath("$.recipient.id", equalTo("70003")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\",\"code\":190}}")));
        platform.stubFor(post(urlPathEqualTo(CS_PATH)).willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"z1\"}}")));

        web.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("user", "metrics-web", "text", "Tôi vừa chuyển 30 triệu cho kẻ lừa đảo, giờ phải làm gì?"))
                .exchange().expectStatus().isOk().expectBody();
        for (String psid : List.of("70001", "70002", "70003")) {
            facebook(psid, "xin chào");
        }
        zalo("80001", "mật khẩu mạnh là gì");

        await().atMost(Duration.ofSeconds(20)).until(() -> platform.findAll(postRequestedFor(urlPathEqualTo(CS_PATH))).size() >= 1
                && scrape().contains("anm_channel_credential_problems_total{")
                && scrape().contains("anm_channel_send_retries_total{")
                && value("anm_reply_latency_seconds_count", "channel", "facebook") >= 2);
        scrape = scrape();
    }

    @AfterAll
    void stopPlatform() {
        platform.stop();
    }

    @Test
    void probesOfTheManifestsAnswerOnTheManagementPortOnly() {
        Set<String> paths = new LinkedHashSet<>();
        for (String overlay : DeployFiles.OVERLAYS) {
            for (Map<String, Object> deployment : DeployFiles.ofKind(DeployFiles.render(overlay), "Deployment")) {
                String rendered = deployment.toString();
                Matcher m = Pattern.compile("path=(/actuator/[a-z/]+)").matcher(rendered);
                while (m.find()) {
                    paths.add(m.group(1));
                }
            }
        }
        assertThat(paths).contains("/actuator/health/liveness", "/actuator/health/readiness");
        WebTestClient management = WebTestClient.bindToServer().filter(WholeResponseBodies.READ_IN_FULL).baseUrl("http://localhost:" + managementPort).build();
        WebTestClient visitors = WebTestClient.bindToServer().filter(WholeResponseBodies.READ_IN_FULL).baseUrl("http://localhost:" + publicPort).build();
        for (String path : paths) {
            management.get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
            visitors.get().uri(path).exchange().expectStatus().isNotFound().expectBody();
        }
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody();
        visitors.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound().expectBody();
    }

    @Test
    void everyRequiredSeriesIsExposed() {
        Set<String> exposed = exposedNames();
        for (Map.Entry<String, String[]> row : expected().entrySet()) {
            if (row.getValue()[1].equals("required")) {
                assertThat(exposed).as(row.getKey() + " (" + row.getValue()[0] + ") in /actuator/prometheus").contains(row.getKey());
            }
        }
    }

    @Test
    void pendingSeriesAreMarkedRequiredOnceTheyExist() {
        Set<String> exposed = exposedNames();
        for (Map.Entry<String, String[]> row : expected().entrySet()) {
            if (row.getValue()[1].equals("pending")) {
                assertThat(exposed).as(row.getKey() + " is exposed now: mark it required in deploy/observability/metrics.tsv")
                        .doesNotContain(row.getKey());
            }
        }
    }

    @Test
    void theDashboardAndTheRulesQueryOnlyListedSeriesAndEveryListedSeriesIsQueried() {
        Set<String> queried = new LinkedHashSet<>();
        JsonNode dashboard = json.readTree(DeployFiles.read(DeployFiles.DEPLOY.resolve("observability/grafana/anm-assistant.json")));
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queried.addAll(names(target.path("expr").asString()));
            }
        }
        queried.addAll(names(DeployFiles.read(DeployFiles.DEPLOY.resolve("observability/prometheus/anm-alerts.yml"))));

        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(queried);
    }

    @Test
    void countsWhatCitizensAndTheBotDid() {
        assertThat(value("anm_messages_in_total", "channel", "web")).isGreaterThanOrEqualTo(1);
        assertThat(value("anm_messages_in_total", "channel", "facebook")).isGreaterThanOrEqualTo(3);
        assertThat(value("anm_messages_in_total", "channel", "zalo")).isGreaterThanOrEqualTo(1);
        assertThat(value("anm_decisions_total", "decision", "URGENT")).isGreaterThanOrEqualTo(1);
        assertThat(value("anm_urgent_detections_total", "kind", "money_sent")).isGreaterThanOrEqualTo(1);
        assertThat(value("anm_messages_out_total", "channel", "facebook")).isGreaterThanOrEqualTo(2);
        assertThat(value("anm_messages_out_total", "channel", "zalo")).isGreaterThanOrEqualTo(1);
        assertThat(value("anm_reply_latency_seconds_count", "channel", "web")).isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("anm_reply_latency_seconds_bucket{application=\"anm-assistant\",channel=\"zalo\",le=");
        assertThat(value("anm_reports_forwarded_total", "destination", "WEBHOOK")).isZero();
        assertThat(value("anm_knowledge_entries", "application", "anm-assistant")).isGreaterThan(10);
        assertThat(value("anm_knowledge_version", "application", "anm-assistant")).as("the published version number").isGreaterThanOrEqualTo(1);
        // counted at every attempt the outbox makes while the token stays rejected
        assertThat(value("anm_channel_credential_problems_total", "reason", "invalid-token")).isGreaterThanOrEqualTo(1);
    }

    /** metric → {owner, status}, from deploy/observability/metrics.tsv. */
    private static Map<String, String[]> expected() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        DeployFiles.read(DeployFiles.DEPLOY.resolve("observability/metrics.tsv")).lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank() && !line.startsWith("metric\t"))
                .map(line -> line.split("\t"))
                .forEach(cells -> rows.put(cells[0], new String[] {cells[1], cells[2]}));
        return rows;
    }

    private static Set<String> names(String promql) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = METRIC.matcher(promql);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private Set<String> exposedNames() {
        Set<String> exposed = new LinkedHashSet<>();
        scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> exposed.add(line.split("[{ ]", 2)[0]));
        return exposed;
    }

    /** The sum of the samples of {@code name} carrying {@code label="value"}. */
    private double value(String name, String label, String value) {
        String text = scrape != null ? scrape : scrape();
        return text.lines().filter(line -> line.startsWith(name + "{") && line.contains(label + "=\"" + value + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private String scrape() {
        return WebTestClient.bindToServer().filter(WholeResponseBodies.READ_IN_FULL).baseUrl("http://localhost:" + managementPort).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private void facebook(String psid, String text) {
        byte[] body = """
                {"object":"page","entry":[{"id":"PAGE","time":%d,"messaging":[
                  {"sender":{"id":"%s"},"recipient":{"id":"PAGE"},"timestamp":%d,"message":{"mid":"m_metrics_%s","text":"%s"}}]}]}
                """.formatted(System.currentTimeMillis(), psid, System.currentTimeMillis(), psid, text).getBytes(StandardCharsets.UTF_8);
        web.post().uri("/webhooks/facebook").contentType(MediaType.APPLICATION_JSON)
                .header("X-Hub-Signature-256", WebhookSignatures.expected(FB_SECRET, body)).bodyValue(body)
                .exchange().expectStatus().isOk().expectBody();
    }

    private void zalo(String user, String text) {
        String timestamp = Long.toString(System.currentTimeMillis());
        byte[] body = """
                {"app_id":"%s","event_name":"user_send_text","timestamp":"%s","sender":{"id":"%s"},
                 "recipient":{"id":"3662729599332560487"},"message":{"msg_id":"z_metrics_%s","text":"%s"}}
                """.formatted(ZALO_APP_ID, timestamp, user, user, text).getBytes(StandardCharsets.UTF_8);
        web.post().uri("/webhooks/zalo").contentType(MediaType.APPLICATION_JSON)
                .header("X-ZEvent-Signature", "mac=" + sha256(ZALO_APP_ID + new String(body, StandardCharsets.UTF_8) + timestamp + ZALO_OA_SECRET))
                .bodyValue(body).exchange().expectStatus().isOk().expectBody();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
