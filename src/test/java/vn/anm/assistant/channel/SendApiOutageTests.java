package vn.anm.assistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.micrometer.core.instrument.MeterRegistry;

import vn.anm.assistant.report.WebhookSignatures;

/**
 * The Graph API failing for a while — first not answering at all (longer than the send timeout), then
 * 500, then 429 — and then recovering: every reply is delivered after the recovery, and no user gets a
 * part twice. A part whose request was sent when the platform stopped answering is not sent again
 * (the stand-in did deliver it, late); parts that waited behind the paused platform go out once.
 */
class SendApiOutageTests extends ChannelIntegrationTest {

    private static final String SEND_PATH = "/v25.0/me/messages";

    @Autowired
    MeterRegistry meters;

    @Test
    void afterTimeouts500sAnd429sEveryReplyIsDeliveredOnceTheApiRecovers() throws Exception {
        double uncertainBefore = uncertain();
        List<String> users = new ArrayList<>();

        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"recipient_id\":\"1\",\"message_id\":\"m_late\"}").withFixedDelay(4_000)); // send timeout is 3 s
        users.addAll(postEvents("slow", 5));
        Thread.sleep(3_500);

        answer(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"An unexpected error has occurred.\",\"code\":2}}"));
        users.addAll(postEvents("down", 5));
        Thread.sleep(1_000);

        answer(aResponse().withStatus(429));
        users.addAll(postEvents("limited", 5));
        Thread.sleep(1_000);

        answer(okJson("{\"recipient_id\":\"1\",\"message_id\":\"m_ok\"}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> users.stream().allMatch(u -> delivered().getOrDefault(u, 0) >= 1));
        Thread.sleep(1_000); // a repeat would come now

        Map<String, Integer> delivered = delivered();
        for (String user : users) {
            assertThat(delivered.get(user)).as("reply parts %s received", user).isEqualTo(1);
        }
        assertThat(uncertain() - uncertainBefore).as("attempts cut off by the timeout, recorded, not repeated").isEqualTo(5);
    }

    /** The latest stub wins; the request log keeps every phase. */
    private void answer(ResponseDefinitionBuilder response) {
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(response));
        platform.stubFor(get(urlPathEqualTo("/v25.0/me")).willReturn(response));
    }

    /** Per user, the sends the platform answered with 200 (it delivered them), over all phases. */
    private Map<String, Integer> delivered() {
        Map<String, Integer> now = new HashMap<>();
        for (ServeEvent event : platform.getAllServeEvents()) {
            if (event.getRequest().getUrl().startsWith(SEND_PATH) && event.getResponse().getStatus() == 200) {
                String user = json.readTree(event.getRequest().getBodyAsString()).path("recipient").path("id").asString();
                now.merge(user, 1, Integer::sum);
            }
        }
        return now;
    }

    private double uncertain() {
        return meters.find("anm.outbox.attempts").tag("platform", "facebook").tag("outcome", "uncertain").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private List<String> postEvents(String prefix, int count) {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = prefix + "-" + UUID.randomUUID();
            users.add(user);
            String body = """
                    {"object":"page","entry":[{"id":"PAGE","time":%d,"messaging":[{"sender":{"id":"%s"},"recipient":{"id":"PAGE"},
                    "timestamp":%d,"message":{"mid":"m_%s","text":"xin chào"}}]}]}""".formatted(System.currentTimeMillis(), user,
                    System.currentTimeMillis(), UUID.randomUUID());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            web.post().uri("/webhooks/facebook").contentType(MediaType.APPLICATION_JSON)
                    .header("X-Hub-Signature-256", WebhookSignatures.expected(FB_APP_SECRET, bytes)).bodyValue(bytes)
                    .exchange().expectStatus().isOk().expectBody();
        }
        return users;
    }

}
