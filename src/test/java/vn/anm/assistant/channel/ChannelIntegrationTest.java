package vn.anm.assistant.channel;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.channel.delivery.TextSplitter;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.InboundMessage;

/**
 * The whole application on a random port with both channels on, and one WireMock server standing in
 * for the Graph API ({@code /v25.0/me/messages}), Zalo's OpenAPI ({@code /v3.0/oa/message/cs}) and
 * Zalo's OAuth server ({@code /v4/oa/access_token}). Retries back off in milliseconds. The conversation
 * is {@link OneReplyConversation}: one reply per message, so the counts below are about delivery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT60S") // a loaded CI machine can take more than the default 5 s
@Import(OneReplyConversation.class)
public abstract class ChannelIntegrationTest {

    protected static final String FB_APP_SECRET = "test-app-secret";
    protected static final String FB_PAGE_TOKEN = "test-page-token";
    protected static final String FB_VERIFY_TOKEN = "test-verify-token";
    protected static final String ZALO_APP_ID = "2553928453557884079";
    protected static final String ZALO_OA_SECRET = "test-oa-secret-key";
    protected static final String ZALO_APP_SECRET = "test-app-secret-key";

    protected static final WireMockServer platform = new WireMockServer(wireMockConfig().dynamicPort());
    protected static final Path dataDir;

    static {
        platform.start();
        try {
            dataDir = Files.createTempDirectory("anm-channels-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void platformUrls(DynamicPropertyRegistry registry) {
        registry.add("anm.knowledge.watch", () -> "false");
        registry.add("anm.data-dir", dataDir::toString);
        registry.add("anm.channel.facebook.app-secret", () -> FB_APP_SECRET);
        registry.add("anm.channel.facebook.page-access-token", () -> FB_PAGE_TOKEN);
        registry.add("anm.channel.facebook.verify-token", () -> FB_VERIFY_TOKEN);
        registry.add("anm.channel.facebook.graph-url", () -> platform.baseUrl() + "/v25.0");
        registry.add("anm.channel.zalo.app-id", () -> ZALO_APP_ID);
        registry.add("anm.channel.zalo.oa-secret-key", () -> ZALO_OA_SECRET);
        registry.add("anm.channel.zalo.app-secret-key", () -> ZALO_APP_SECRET);
        registry.add("anm.channel.zalo.access-token", () -> "initial-access-token");
        registry.add("anm.channel.zalo.refresh-token", () -> "initial-refresh-token");
        registry.add("anm.channel.zalo.openapi-url", platform::baseUrl);
        registry.add("anm.channel.zalo.oauth-url", platform::baseUrl);
        registry.add("anm.channel.zalo.token-check-every", () -> "1h");
        registry.add("anm.channel.delivery.first-backoff", () -> "20ms");
        registry.add("anm.channel.delivery.max-backoff", () -> "100ms");
        registry.add("anm.channel.delivery.send-timeout", () -> "3s");
        registry.add("anm.channel.delivery.platform-pause", () -> "20ms");
        registry.add("anm.channel.delivery.poll-every", () -> "50ms");
    }

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected Conversation conversation;

    @Autowired
    protected JsonMapper json;

    @BeforeEach
    void resetPlatform() {
        platform.resetAll();
    }

    /** The first message the bot should send for {@code text}, as the conversation composes it. */
    protected String expectedFirstText(ChannelKind channel, String text) {
        var reply = conversation.handle(InboundMessage.text(channel, "expected", "expected", text, Instant.now())).block();
        return TextSplitter.split(reply.messages().get(0).text(), 2000).get(0);
    }

    protected String expectedFirstTextForPayload(ChannelKind channel, String payload) {
        var reply = conversation.handle(InboundMessage.payload(channel, "expected", "expected", payload, Instant.now())).block();
        return TextSplitter.split(reply.messages().get(0).text(), 2000).get(0);
    }

    /** Waits until at least {@code count} requests match, then returns their JSON bodies in arrival order. */
    protected List<JsonNode> awaitRequests(RequestPatternBuilder pattern, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.findAll(pattern).size() >= count);
        return bodies(pattern);
    }

    protected List<JsonNode> bodies(RequestPatternBuilder pattern) {
        return platform.findAll(pattern).stream().map(LoggedRequest::getBodyAsString).map(json::readTree).toList();
    }
}
