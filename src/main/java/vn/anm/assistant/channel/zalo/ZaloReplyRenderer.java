package vn.anm.assistant.channel.zalo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.channel.delivery.TextSplitter;
import vn.anm.assistant.channel.delivery.Titles;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.Reply;

/**
 * Customer-service message bodies for a reply: text cut under 2,000 characters at paragraph breaks;
 * on the last message, suggestions as {@code oa.query.hide} buttons (a tap sends the payload back as
 * a text message, marked so it is read as a button) and a link as {@code oa.open.url}. At most 5
 * buttons with titles of at most 20 characters, the limits a working integration uses; Zalo's own
 * limits could not be confirmed (see the research notes).
 */
final class ZaloReplyRenderer {

    static final String BUTTON_MARK = "#btn:";
    static final int MAX_TEXT = 2000;
    static final int MAX_BUTTONS = 5;
    static final int MAX_TITLE = 20;

    List<Map<String, Object>> render(String userId, ConversationReply reply) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (Reply message : reply.messages()) {
            List<Map<String, Object>> messages = new ArrayList<>();
            for (String chunk : TextSplitter.split(message.text(), MAX_TEXT)) {
                messages.add(new LinkedHashMap<>(Map.of("text", chunk)));
            }
            List<Map<String, Object>> buttons = buttons(message);
            if (!buttons.isEmpty()) {
                if (messages.isEmpty()) {
                    messages.add(new LinkedHashMap<>(Map.of("text", "…")));
                }
                messages.get(messages.size() - 1).put("attachment",
                        Map.of("type", "template", "payload", Map.of("buttons", buttons)));
            }
            for (Map<String, Object> body : messages) {
                bodies.add(Map.of("recipient", Map.of("user_id", userId), "message", body));
            }
        }
        return bodies;
    }

    private static List<Map<String, Object>> buttons(Reply message) {
        List<Map<String, Object>> buttons = new ArrayList<>();
        for (Button button : message.buttons()) {
            buttons.add(Map.of("title", Titles.shorten(button.title(), MAX_TITLE), "type", "oa.query.hide",
                    "payload", BUTTON_MARK + button.payload()));
        }
        if (message.link() != null) {
            buttons.add(Map.of("title", Titles.shorten(message.link().title(), MAX_TITLE), "type", "oa.open.url",
                    "payload", Map.of("url", message.link().url())));
        }
        return buttons.size() > MAX_BUTTONS ? buttons.subList(0, MAX_BUTTONS) : buttons;
    }
}
