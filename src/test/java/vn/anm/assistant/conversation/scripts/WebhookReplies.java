package vn.anm.assistant.conversation.scripts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.channel.delivery.TextSplitter;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.Reply;

/**
 * What a platform received for one turn: waits for the conversation's reply (from the recorder), then
 * for the platform calls it makes (text parts of at most 2,000 characters, a link as its own message),
 * and reads those calls back into the chat API's shape. Decision and topic come from the recorder;
 * texts and buttons only from what the platform received.
 */
final class WebhookReplies {

    interface BodyReader {
        ChatReply.Message read(JsonNode body);
    }

    private final WireMockServer platform;
    private final ReplyRecorder recorder;
    private final JsonMapper json;

    WebhookReplies(WireMockServer platform, ReplyRecorder recorder, JsonMapper json) {
        this.platform = platform;
        this.recorder = recorder;
        this.json = json;
    }

    ChatReply await(String userId, int turn, RequestPatternBuilder sentToUser, int sentBefore, boolean linkAsMessage,
            BodyReader reader) {
        ConversationReply reply = recorder.await(userId, turn);
        int expected = sentBefore + calls(reply, linkAsMessage);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> platform.findAll(sentToUser).size() >= expected);
        List<LoggedRequest> sent = platform.findAll(sentToUser);
        List<ChatReply.Message> messages = new ArrayList<>();
        for (LoggedRequest request : sent.subList(sentBefore, expected)) {
            messages.add(reader.read(json.readTree(request.getBodyAsString())));
        }
        return new ChatReply(messages, reply.decision().name(), reply.topic());
    }

    int sent(RequestPatternBuilder sentToUser) {
        return platform.findAll(sentToUser).size();
    }

    private static int calls(ConversationReply reply, boolean linkAsMessage) {
        int calls = 0;
        for (Reply message : reply.messages()) {
            int parts = TextSplitter.split(message.text(), 2000).size() + (linkAsMessage && message.link() != null ? 1 : 0);
            calls += parts == 0 && !message.buttons().isEmpty() ? 1 : parts;
        }
        return calls;
    }
}
