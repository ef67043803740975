package vn.anm.assistant.conversation.scripts;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zalo OA: each turn is a {@code user_send_text} webhook POST to /webhooks/zalo with Zalo's mac
 * (SHA-256 of app id, body, timestamp and OA secret in X-ZEvent-Signature); a tapped button comes back
 * as the text {@code #btn:<payload>}, as Zalo sends it. The reply is what reached the OA cs API
 * (WireMock), its {@code oa.query.hide} buttons read back as buttons (Zalo shows at most 5).
 */
final class ZaloDriver implements ConversationScriptTests.ChannelDriver {

    static final String APP_ID = "2553928453557884079";
    static final String OA_SECRET = "script-oa-secret";
    static final String CS_PATH = "/v3.0/oa/message/cs";
    private static final String BUTTON_MARK = "#btn:";

    private final WebTestClient client;
    private final WebhookReplies replies;
    private final JsonMapper json;

    ZaloDriver(WebTestClient client, WebhookReplies replies, JsonMapper json) {
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
        RequestPatternBuilder sentToUser = postRequestedFor(urlPathEqualTo(CS_PATH))
                .withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo(user)));
        int before = replies.sent(sentToUser);
        String timestamp = String.valueOf(System.currentTimeMillis());
        ObjectNode root = json.createObjectNode().put("app_id", APP_ID).put("user_id_by_app", "979122185046046317")
                .put("event_name", "user_send_text").put("timestamp", timestamp);
        root.putObject("sender").put("id", user);
        root.putObject("recipient").put("id", "3662729599332560487");
        root.putObject("message").put("msg_id", UUID.randomUUID().toString().replace("-", ""))
                .put("text", payload != null ? BUTTON_MARK + payload : text);
        byte[] body = json.writeValueAsBytes(root);
        client.post().uri("/webhooks/zalo")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-ZEvent-Signature", "mac=" + mac(body, timestamp))
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk().expectBody();
        return replies.await(user, turn, sentToUser, before, false, ZaloDriver::read);
    }

    private static ChatReply.Message read(JsonNode body) {
        JsonNode message = body.path("message");
        List<ChatReply.Button> buttons = new ArrayList<>();
        for (JsonNode button : message.path("attachment").path("payload").path("buttons")) {
            if (button.path("type").asString().equals("oa.query.hide")) {
                String payload = button.path("payload").asString();
                buttons.add(new ChatReply.Button(button.path("title").asString(),
                        payload.startsWith(BUTTON_MARK) ? payload.substring(BUTTON_MARK.length()) : payload));
            }
        }
        return new ChatReply.Message(message.path("text").asString(), buttons);
    }

    /** Zalo's formula, written out independently of the code under test. */
    private static String mac(byte[] body, String timestamp) {
        try {
            String all = APP_ID + new String(body, StandardCharsets.UTF_8) + timestamp + OA_SECRET;
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
