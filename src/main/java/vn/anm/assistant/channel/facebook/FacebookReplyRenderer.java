package vn.anm.assistant.channel.facebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.channel.delivery.TextSplitter;
import vn.anm.assistant.channel.delivery.Titles;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.LinkButton;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.ReplyTexts;

/**
 * Send API bodies for a reply: text cut under 2,000 characters at paragraph breaks, suggestions as
 * quick replies (at most 13, titles at most 20 characters) on the last message, a link as a button
 * template. Every body answers the user ({@code messaging_type: RESPONSE}).
 */
final class FacebookReplyRenderer {

    static final int MAX_TEXT = 2000;
    static final int MAX_QUICK_REPLIES = 13;
    static final int MAX_TITLE = 20;
    static final int MAX_PAYLOAD = 1000;
    static final int MAX_TEMPLATE_TEXT = 640;

    private final ReplyTexts texts = new ReplyTexts("messages/channel.properties");

    List<Map<String, Object>> render(String psid, ConversationReply reply) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (Reply message : reply.messages()) {
            List<Map<String, Object>> messages = new ArrayList<>();
            for (String chunk : TextSplitter.split(message.text(), MAX_TEXT)) {
                messages.add(new LinkedHashMap<>(Map.of("text", chunk)));
            }
            if (message.link() != null) {
                messages.add(linkTemplate(message.link()));
            }
            if (!message.buttons().isEmpty()) {
                if (messages.isEmpty()) {
                    messages.add(new LinkedHashMap<>(Map.of("text", "…")));
                }
                messages.get(messages.size() - 1).put("quick_replies", quickReplies(message.buttons()));
            }
            for (Map<String, Object> body : messages) {
                bodies.add(Map.of("recipient", Map.of("id", psid), "messaging_type", "RESPONSE", "message", body));
            }
        }
        return bodies;
    }

    private static List<Map<String, Object>> quickReplies(List<Button> buttons) {
        return buttons.stream()
                .limit(MAX_QUICK_REPLIES)
                .map(b -> Map.<String, Object>of("content_type", "text", "title", Titles.shorten(b.title(), MAX_TITLE),
                        "payload", Titles.shorten(b.payload(), MAX_PAYLOAD)))
                .toList();
    }

    private Map<String, Object> linkTemplate(LinkButton link) {
        Map<String, Object> button = Map.of("type", "web_url", "url", link.url(),
                "title", Titles.shorten(texts.get("button.open-link"), MAX_TITLE));
        Map<String, Object> payload = Map.of("template_type", "button",
                "text", Titles.shorten(link.title(), MAX_TEMPLATE_TEXT), "buttons", List.of(button));
        return new LinkedHashMap<>(Map.of("attachment", Map.of("type", "template", "payload", payload)));
    }
}
