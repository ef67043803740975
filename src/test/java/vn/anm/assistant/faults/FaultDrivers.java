package vn.anm.assistant.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.WebhookSignatures;

/** The outside world of the fault tests: Messenger posting events, the Graph API receiving replies, citizens on the web chat. */
public final class FaultDrivers {

    static final String APP_SECRET = "fault-app-secret";
    static final String SEND_PATH = "/v25.0/me/messages";
    public static final String QUESTION = "Làm sao nhận biết cuộc gọi giả danh công an?";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("LS-\\d{8}-\\d{4,}");

    private FaultDrivers() {
    }

    /** WireMock as the Graph API: answers every send after {@code delayMillis}, and the probe at once. */
    static WireMockServer graph(int delayMillis) {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(120).jettyAcceptors(2));
        server.start();
        server.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"1\",\"message_id\":\"m_x\"}")
                .withFixedDelay(delayMillis)));
        server.stubFor(get(urlPathEqualTo("/v25.0/me")).willReturn(okJson("{\"id\":\"PAGE\"}")));
        return server;
    }

    public static Map<String, String> facebook(GraphStandIn graph) {
        Map<String, String> properties = new HashMap<>();
        properties.put("anm.channel.facebook.app-secret", APP_SECRET);
        properties.put("anm.channel.facebook.page-access-token", "fault-page-token");
        properties.put("anm.channel.facebook.verify-token", "fault-verify-token");
        properties.put("anm.channel.facebook.graph-url", graph.baseUrl() + "/v25.0");
        properties.put("management.endpoints.web.exposure.include", "health,prometheus");
        properties.put("anm.data-key", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");
        properties.put("anm.channel.delivery.lease", "3s");
        properties.put("anm.channel.delivery.poll-every", "100ms");
        properties.put("anm.channel.delivery.concurrency", "32");
        properties.put("anm.channel.delivery.send-timeout", "5s");
        properties.put("anm.channel.delivery.platform-pause", "100ms");
        properties.put("anm.channel.delivery.shutdown-grace", "10s");
        properties.put("anm.channel.delivery.metrics-every", "500ms");
        return properties;
    }

    /** Posts one signed Messenger event from {@code user}; completes with the HTTP status (0 when the call failed). */
    public static CompletableFuture<Integer> message(String baseUrl, String user, String mid, String text) {
        String body = """
                {"object":"page","entry":[{"id":"PAGE","time":%d,"messaging":[{"sender":{"id":"%s"},"recipient":{"id":"PAGE"},
                "timestamp":%d,"message":{"mid":"%s","text":"%s"}}]}]}""".formatted(System.currentTimeMillis(), user,
                System.currentTimeMillis(), mid, text);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/webhooks/facebook")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", WebhookSignatures.expected(APP_SECRET, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode)
                .exceptionally(e -> 0);
    }

    /** Each user's sends as WireMock received them, in arrival order (bodies as text). */
    static Map<String, List<String>> received(WireMockServer graph) {
        Map<String, List<String>> byUser = new HashMap<>();
        for (LoggedRequest request : graph.findAll(postRequestedFor(urlPathEqualTo(SEND_PATH)))) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            byUser.computeIfAbsent(body.path("recipient").path("id").asString(), u -> new java.util.ArrayList<>())
                    .add(body.path("message").toString());
        }
        return byUser;
    }

    static int sends(WireMockServer graph) {
        return graph.countRequestsMatching(postRequestedFor(urlPathEqualTo(SEND_PATH)).build()).getCount();
    }

    /** A value of a counter on the app's Prometheus endpoint (summed over the series matching {@code filter}). */
    public static double metric(String managementBase, String name, String filter) {
        try {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create(managementBase + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(l -> l.startsWith(name) && l.contains(filter))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A citizen on the web chat who files a report: start, consent, a kind, the summary, then "Gửi". */
    static final class Citizen {

        private final String cookie;

        Citizen() {
            byte[] token = new byte[32];
            new SecureRandom().nextBytes(token);
            this.cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        }

        /** Up to the summary; true when every step was answered. */
        CompletableFuture<Boolean> prepare(String baseUrl) {
            return press(baseUrl, "report:start")
                    .thenCompose(r -> press(baseUrl, "report:consent"))
                    .thenCompose(r -> press(baseUrl, "report:choice:IMPERSONATION"))
                    .thenCompose(r -> press(baseUrl, "report:summary"))
                    .thenApply(r -> r != null && r.contains("REPORT_SUMMARY"))
                    .exceptionally(e -> false);
        }

        /** "Gửi": the code shown to the citizen, or null when none was shown. */
        CompletableFuture<String> send(String baseUrl) {
            return press(baseUrl, "report:send").thenApply(reply -> {
                if (reply == null) {
                    return null;
                }
                Matcher matcher = CODE.matcher(reply);
                return matcher.find() ? matcher.group() : null;
            }).exceptionally(e -> null);
        }

        private CompletableFuture<String> press(String baseUrl, String payload) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/chat")).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json").header("Cookie", "anm_chat=" + cookie)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"payload\":\"" + payload + "\"}")).build();
            return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> response.statusCode() == 200 ? response.body() : null);
        }
    }

    static WireMockServer failing(WireMockServer graph, int status) {
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(aResponse().withStatus(status)));
        return graph;
    }

}
