package vn.anm.assistant.conversation.scripts;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Messenger: each turn is a webhook POST to /webhooks/facebook signed with the app secret
 * (HMAC-SHA256 in X-Hub-Signature-256) — typed text, or a quick-reply tap carrying its payload — and the
 * reply is what reached the Send API (WireMock), quick replies read back as buttons.
 */
final class FacebookDriver implements ConversationScriptTests.ChannelDriver {

    static final String APP_SECRET = "script-app-secret";
    static final String SEND_PATH = "/v25.0/me/messages";

    private final WebTestClient client;
    private final WebhookReplies replies;
    private final JsonMapper json;

    FacebookDriver(WebTestClient client, WebhookReplies replies, JsonMapper json) {
        this.client = client;
        this.replies = replies;
        this.json = json;
    }

    @Override
    public String userId(String user) {
        return user;
    }

    @Override
    public ChatReply send(String user, int turn, String text, String payload) {
        RequestPatternBuilder sentToUser = postRequestedFor(urlPathEqualTo(SEND_PATH))
                .withRequestBody(matchingJsonPath("$.recipient.id", equalTo(user)));
        int before = replies.sent(sentToUser);
        ObjectNode message = json.createObjectNode().put("mid", "m_" + UUID.randomUUID());
        if (payload != null) {
            message.putObject("quick_reply").put("payload", payload);
        } else {
            message.put("text", text);
        }
        ObjectNode item = json.createObjectNode();
        item.putObject("sender").put("id", user);
        item.putObject("recipient").put("id", "PAGE");
        item.put("timestamp", System.currentTimeMillis());
        item.set("message", message);
        ObjectNode root = json.createObjectNode().put("object", "page");
        ObjectNode entry = root.putArray("entry").addObject().put("id", "PAGE").put("time", System.currentTimeMillis());
        entry.putArray("messaging").add(item);
        byte[] body = json.writeValueAsBytes(root);
        client.post().uri("/webhooks/facebook")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(hmac(body)))
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk().expectBody();
        return replies.await(user, turn, sentToUser, before, true, FacebookDriver::read);
    }

    private static ChatReply.Message read(JsonNode body) {
        JsonNode message = body.path("message");
        List<ChatReply.Button> buttons = new ArrayList<>();
        for (JsonNode quickReply : message.path("quick_replies")) {
            buttons.add(new ChatReply.Button(quickReply.path("title").asString(), quickReply.path("payload").asString()));
        }
        String text = message.has("text") ? message.path("text").asString()
                : message.path("attachment").path("payload").path("text").asString();
        return new ChatReply.Message(text, buttons);
    }

    private static byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
