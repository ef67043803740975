package vn.anm.assistant.moderation.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.conversation.AnswerPreview;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;

/** The preview cuts like the channel renderers: same limits (read from the renderers themselves), same cuts. */
class ChannelPreviewTests {

    @Test
    void usesTheRenderersLimits() throws Exception {
        assertThat(ChannelPreview.ZALO_BUTTONS).isEqualTo(constant("vn.anm.assistant.channel.zalo.ZaloReplyRenderer", "MAX_BUTTONS"));
        assertThat(ChannelPreview.BUTTON_TITLE).isEqualTo(constant("vn.anm.assistant.channel.zalo.ZaloReplyRenderer", "MAX_TITLE"))
                .isEqualTo(constant("vn.anm.assistant.channel.facebook.FacebookReplyRenderer", "MAX_TITLE"));
        assertThat(ChannelPreview.MAX_TEXT).isEqualTo(constant("vn.anm.assistant.channel.zalo.ZaloReplyRenderer", "MAX_TEXT"))
                .isEqualTo(constant("vn.anm.assistant.channel.facebook.FacebookReplyRenderer", "MAX_TEXT"));
        assertThat(ChannelPreview.MESSENGER_QUICK_REPLIES)
                .isEqualTo(constant("vn.anm.assistant.channel.facebook.FacebookReplyRenderer", "MAX_QUICK_REPLIES"));
    }

    @Test
    void cutsTitlesButtonsAndLongTextLikeEachPlatform() {
        List<Button> buttons = java.util.stream.IntStream.range(0, 7).mapToObj(i -> new Button("Nút có tiêu đề rất dài số " + i, "p" + i)).toList();
        AnswerPreview answers = (kb, topic) -> List.of(Reply.text("Đoạn một.\n\n" + "chữ ".repeat(600)), new Reply("Hữu ích không?", buttons, null));
        List<ChannelPreview.ChannelView> views = new ChannelPreview(answers).preview(null, null);

        ChannelPreview.ChannelView zalo = views.get(0);
        assertThat(zalo.bubbles()).hasSize(4); // "Đoạn một.", the long paragraph cut in two at a space, the question
        assertThat(zalo.bubbles().get(3).buttons()).hasSize(5).allSatisfy(t -> assertThat(t.codePointCount(0, t.length())).isLessThanOrEqualTo(20));
        assertThat(zalo.bubbles().get(3).buttons().get(0)).isEqualTo("Nút có tiêu đề rất…");
        assertThat(zalo.notes()).anyMatch(n -> n.contains("chia thành 3 tin")).anyMatch(n -> n.contains("chỉ hiện 5 nút"));
        assertThat(views.get(1).bubbles().get(3).buttons()).hasSize(7);
        assertThat(views.get(2).bubbles()).hasSize(2);
        assertThat(views.get(2).bubbles().get(1).buttons().get(0)).isEqualTo("Nút có tiêu đề rất dài số 0");
    }

    private static int constant(String type, String name) throws Exception {
        Field field = Class.forName(type).getDeclaredField(name);
        field.setAccessible(true);
        return field.getInt(null);
    }


}
