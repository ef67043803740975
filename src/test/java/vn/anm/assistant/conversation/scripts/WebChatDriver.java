package vn.anm.assistant.conversation.scripts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The web chat: POST /api/v1/chat with {user, text} or {user, payload}. */
final class WebChatDriver implements ConversationScriptTests.ChannelDriver {

    private final WebTestClient client;

    WebChatDriver(WebTestClient client) {
        this.client = client;
    }

    @Override
    public String userId(String user) {
        return "web:" + user; // as ChatController names web users
    }

    @Override
    public ChatReply send(String user, int turn, String text, String payload) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("user", user);
        if (payload != null) {
            body.put("payload", payload);
        } else {
            body.put("text", text);
        }
        return client.post().uri("/api/v1/chat")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody(ChatReply.class)
                .returnResult()
                .getResponseBody();
    }
}
