package vn.anm.assistant.channel.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.LinkButton;
import vn.anm.assistant.conversation.Reply;

class FacebookReplyRendererTests {

    private final FacebookReplyRenderer renderer = new FacebookReplyRenderer();

    @Test
    void atMost13QuickRepliesWithTitlesOfAtMost20CharactersOnTheLastMessage() {
        List<Button> buttons = IntStream.range(0, 15)
                .mapToObj(i -> new Button("Nhận biết cuộc gọi lừa đảo số " + i, "topic:t" + i)).toList();
        String text = "Đoạn một.\n\n" + "Một câu rất dài. ".repeat(150);

        List<Map<String, Object>> bodies = renderer.render("123", reply(new Reply(text, buttons, null)));

        assertThat(bodies).hasSize(3); // "Đoạn một." alone (a paragraph break is the best cut), then 2,550 characters in two
        assertThat(message(bodies.get(0))).containsEntry("text", "Đoạn một.").doesNotContainKey("quick_replies");
        assertThat(message(bodies.get(1))).doesNotContainKey("quick_replies");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> quickReplies = (List<Map<String, Object>>) message(bodies.get(2)).get("quick_replies");
        assertThat(quickReplies).hasSize(13);
        assertThat(quickReplies.get(0)).containsEntry("title", "Nhận biết cuộc gọi…").containsEntry("payload", "topic:t0");
        assertThat(quickReplies).allSatisfy(q -> assertThat(((String) q.get("title")).length()).isLessThanOrEqualTo(20));
        assertThat(bodies).allSatisfy(b -> assertThat(b).containsEntry("messaging_type", "RESPONSE"));
    }

    @Test
    void aLinkBecomesAButtonTemplate() {
        List<Map<String, Object>> bodies = renderer.render("123",
                reply(new Reply("Xem hướng dẫn.", List.of(), new LinkButton("Cổng dịch vụ công quốc gia", "https://dichvucong.gov.vn"))));

        assertThat(bodies).hasSize(2);
        assertThat(message(bodies.get(1)).toString()).contains("template_type=button", "type=web_url", "url=https://dichvucong.gov.vn");
    }

    private static ConversationReply reply(Reply reply) {
        return new ConversationReply(List.of(reply), TurnKind.ANSWER, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(Map<String, Object> body) {
        return (Map<String, Object>) body.get("message");
    }
}
