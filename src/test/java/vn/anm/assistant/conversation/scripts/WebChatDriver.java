package vn.anm.assistant.conversation.scripts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.anm.assistant.channel.web.WebChatSessions;

/** The web chat: POST /api/v1/chat with {text} or {payload}, each script user a browser keeping its session cookie. */
final class WebChatDriver implements ConversationScriptTests.ChannelDriver {

    private final WebTestClient client;
    private final WebChatSessions sessions;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    WebChatDriver(WebTestClient client, WebChatSessions sessions) {
        this.client = client;
        this.sessions = sessions;
    }

    @Override
    public String userId(String user) {
        return sessions.userIdOf(cookie(user)); // as ChatController names web users
    }

    private String cookie(String user) {
        return cookies.computeIfAbsent(user, u -> sessions.newToken());
    }

    @Override
    public ChatReply send(String user, int turn, String text, String payload) {
        Map<String, String> body = new LinkedHashMap<>();
        if (payload != null) {
            body.put("payload", payload);
        } else {
            body.put("text", text);
        }
        return client.post().uri("/api/v1/chat")
                .cookie(WebChatSessions.COOKIE, cookie(user))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody(ChatReply.class)
                .returnResult()
                .getResponseBody();
    }
}
