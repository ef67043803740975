package vn.anm.assistant.conversation.scripts;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A platform's webhook, the same for Messenger and Zalo: each turn is the platform's signed event POSTed to
 * the service, and the reply is what reached the platform's send API (WireMock). The platform supplies only
 * its envelope, its signature and how its send API spells a message ({@link Platform}).
 */
final class WebhookDriver implements ConversationScriptTests.ChannelDriver {

    /** What differs between the platforms. */
    interface Platform {

        /** Where events are posted and where replies go. */
        Endpoints endpoints();

        /** The event the platform would POST for this turn: typed text, or a tapped button's payload. */
        byte[] event(JsonMapper json, String user, @Nullable String text, @Nullable String payload);

        /** The signature header for this event. */
        Signature sign(byte[] event);

        ChatReply.Message read(JsonNode sent);
    }

    /**
     * A platform's webhook, its send API path, the JSON path of the recipient's id in a send request, and how it sends
     * a link button.
     */
    record Endpoints(String webhookPath, String sendPath, String recipientPath, LinkButton links) {
    }

    /** A link button in the reply itself, or as a message of its own (Messenger's button template). */
    enum LinkButton {
        IN_REPLY, OWN_MESSAGE
    }

    record Signature(String header, String value) {
    }

    private final WebTestClient client;
    private final WebhookReplies replies;
    private final JsonMapper json;
    private final Platform platform;

    WebhookDriver(WebTestClient client, WebhookReplies replies, JsonMapper json, Platform platform) {
        this.client = client;
        this.replies = replies;
        this.json = json;
        this.platform = platform;
    }

    @Override
    public String userId(String user) {
        return user;
    }

    @Override
    public ChatReply send(String user, int turn, String text, String payload) {
        RequestPatternBuilder sentToUser = postRequestedFor(urlPathEqualTo(platform.endpoints().sendPath()))
                .withRequestBody(matchingJsonPath(platform.endpoints().recipientPath(), equalTo(user)));
        int before = replies.sent(sentToUser);
        byte[] event = platform.event(json, user, text, payload);
        Signature signature = platform.sign(event);
        client.post().uri(platform.endpoints().webhookPath())
                .contentType(MediaType.APPLICATION_JSON)
                .header(signature.header(), signature.value())
                .bodyValue(event)
                .exchange()
                .expectStatus().isOk().expectBody();
        return replies.await(user, turn, sentToUser, before, platform.endpoints().links() == LinkButton.OWN_MESSAGE, platform::read);
    }
}
