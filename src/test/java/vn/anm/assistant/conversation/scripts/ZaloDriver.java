package vn.anm.assistant.conversation.scripts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zalo OA: a {@code user_send_text} event with Zalo's mac (SHA-256 of app id, body, timestamp and OA secret in
 * X-ZEvent-Signature); a tapped button comes back as the text {@code #btn:<payload>}, as Zalo sends it. The
 * reply's {@code oa.query.hide} buttons read back as buttons (Zalo shows at most 5).
 */
final class ZaloDriver implements WebhookDriver.Platform {

    static final String APP_ID = "2553928453557884079";
    static final String OA_SECRET = "script-oa-secret";
    static final String CS_PATH = "/v3.0/oa/message/cs";
    private static final String BUTTON_MARK = "#btn:";

    @Override
    public WebhookDriver.Endpoints endpoints() {
        return new WebhookDriver.Endpoints("/webhooks/zalo", CS_PATH, "$.recipient.user_id", WebhookDriver.LinkButton.IN_REPLY);
    }

    @Override
    public byte[] event(JsonMapper json, String user, @Nullable String text, @Nullable String payload) {
        ObjectNode root = json.createObjectNode().put("app_id", APP_ID).put("user_id_by_app", "979122185046046317")
                .put("event_name", "user_send_text").put("timestamp", String.valueOf(System.currentTimeMillis()));
        root.putObject("sender").put("id", user);
        root.putObject("recipient").put("id", "3662729599332560487");
        root.putObject("message").put("msg_id", UUID.randomUUID().toString().replace("-", ""))
                .put("text", payload != null ? BUTTON_MARK + payload : text);
        return json.writeValueAsBytes(root);
    }

    /** Zalo's formula, written out independently of the code under test; the timestamp is the event's own. */
    @Override
    public WebhookDriver.Signature sign(byte[] event) {
        String body = new String(event, StandardCharsets.UTF_8);
        String timestamp = body.replaceFirst("(?s).*\"timestamp\":\"(\\d+)\".*", "$1");
        try {
            String all = APP_ID + body + timestamp + OA_SECRET;
            return new WebhookDriver.Signature("X-ZEvent-Signature",
                    "mac=" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ChatReply.Message read(JsonNode sent) {
        JsonNode message = sent.path("message");
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
}
