package vn.anm.assistant.moderation.editing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.conversation.AnswerPreview;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.Topic;

/**
 * An answer as each channel shows it: the conversation's own answer turn (answer, then the feedback
 * question with its buttons, contacts filled in), cut to each platform's limits the way the channel
 * renderers cut it — Zalo: messages under 2,000 characters, at most 5 buttons of 20 characters;
 * Messenger: the same text limit, at most 13 quick replies of 20 characters; the web chat: every button
 * with its whole title. {@code ChannelPreviewTests} keeps these limits equal to the renderers'.
 */
public final class ChannelPreview {

    public static final int MAX_TEXT = 2000;
    public static final int ZALO_BUTTONS = 5;
    public static final int MESSENGER_QUICK_REPLIES = 13;
    public static final int BUTTON_TITLE = 20;

    /** One message bubble: its text and the buttons under it. */
    public record Bubble(String text, List<String> buttons, @Nullable String link) {
    }

    /** The whole answer on one channel, with what the platform cut. */
    public record ChannelView(String channel, String label, List<Bubble> bubbles, List<String> notes) {
    }

    private final AnswerPreview answers;

    public ChannelPreview(AnswerPreview answers) {
        this.answers = answers;
    }

    public List<ChannelView> preview(KnowledgeBase knowledgeBase, Topic topic) {
        List<Reply> replies = answers.answer(knowledgeBase, topic);
        return List.of(
                render("zalo", "Zalo OA", replies, ZALO_BUTTONS, true),
                render("messenger", "Facebook Messenger", replies, MESSENGER_QUICK_REPLIES, true),
                render("web", "Trang web", replies, Integer.MAX_VALUE, false));
    }

    private static ChannelView render(String channel, String label, List<Reply> replies, int maxButtons, boolean platform) {
        List<Bubble> bubbles = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Reply reply : replies) {
            List<String> chunks = platform ? split(reply.text(), MAX_TEXT) : List.of(reply.text().strip());
            if (chunks.size() > 1) {
                notes.add("Một tin dài được chia thành " + chunks.size() + " tin nhắn.");
            }
            List<String> buttons = new ArrayList<>();
            for (Button button : reply.buttons()) {
                buttons.add(platform ? shorten(button.title(), BUTTON_TITLE) : button.title());
            }
            if (buttons.size() > maxButtons) {
                notes.add(label + " chỉ hiện " + maxButtons + " nút đầu; " + (buttons.size() - maxButtons) + " nút sau bị bỏ.");
                buttons = buttons.subList(0, maxButtons);
            }
            for (int i = 0; i < chunks.size(); i++) {
                boolean last = i == chunks.size() - 1;
                bubbles.add(new Bubble(chunks.get(i), last ? List.copyOf(buttons) : List.of(),
                        last && reply.link() != null ? reply.link().title() : null));
            }
        }
        return new ChannelView(channel, label, bubbles, notes);
    }

    /** As the channels' TextSplitter: paragraph breaks first, then lines, sentences, spaces. */
    static List<String> split(String text, int limit) {
        String rest = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        List<String> parts = new ArrayList<>();
        String[] breaks = {"\n\n", "\n", ". ", " "};
        while (rest.codePointCount(0, rest.length()) > limit) {
            int max = rest.offsetByCodePoints(0, limit);
            int cut = max;
            for (String mark : breaks) {
                int at = rest.lastIndexOf(mark, max - mark.length());
                if (at > 0) {
                    cut = at + mark.length();
                    break;
                }
            }
            String head = rest.substring(0, cut).strip();
            if (!head.isEmpty()) {
                parts.add(head);
            }
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** As the channels' Titles: NFC, and a cut marked with "…". */
    static String shorten(String text, int max) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (normalized.codePointCount(0, normalized.length()) <= max) {
            return normalized;
        }
        return normalized.substring(0, normalized.offsetByCodePoints(0, max - 1)).strip() + "…";
    }
}
