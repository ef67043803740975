package vn.anm.assistant.conversation.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.anm.assistant.report.WebhookSignatures;

/**
 * Messenger: a {@code messaging} item with typed text, or a quick-reply tap carrying its payload, signed with
 * the app secret (HMAC-SHA256 in X-Hub-Signature-256, written out independently of the code under test); the
 * reply's quick replies read back as buttons.
 */
final class FacebookDriver implements WebhookDriver.Platform {

    static final String APP_SECRET = "script-app-secret";
    static final String SEND_PATH = "/v25.0/me/messages";

    @Override
    public WebhookDriver.Endpoints endpoints() {
        return new WebhookDriver.Endpoints("/webhooks/facebook", SEND_PATH, "$.recipient.id", WebhookDriver.LinkButton.OWN_MESSAGE);
    }

    @Override
    public byte[] event(JsonMapper json, String user, @Nullable String text, @Nullable String payload) {
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
        return json.writeValueAsBytes(root);
    }

    @Override
    public WebhookDriver.Signature sign(byte[] event) {
        return new WebhookDriver.Signature("X-Hub-Signature-256", WebhookSignatures.expected(APP_SECRET, event));
    }

    @Override
    public ChatReply.Message read(JsonNode sent) {
        JsonNode message = sent.path("message");
        List<ChatReply.Button> buttons = new ArrayList<>();
        for (JsonNode quickReply : message.path("quick_replies")) {
            buttons.add(new ChatReply.Button(quickReply.path("title").asString(), quickReply.path("payload").asString()));
        }
        String text = message.has("text") ? message.path("text").asString()
                : message.path("attachment").path("payload").path("text").asString();
        return new ChatReply.Message(text, buttons);
    }
}
