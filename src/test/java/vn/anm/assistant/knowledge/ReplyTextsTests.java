package vn.anm.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reply texts filled in with their arguments; each text's format is parsed once and reused. */
class ReplyTextsTests {

    private final ReplyTexts texts = new ReplyTexts("messages/knowledge.properties");

    @Test
    void aReusedFormatFillsInEachCallsOwnArguments() {
        assertThat(texts.get("reply.clarify.item", 1, "Lừa đảo qua điện thoại")).isEqualTo("1. Lừa đảo qua điện thoại");
        assertThat(texts.get("reply.clarify.item", 2, "Mật khẩu mạnh")).isEqualTo("2. Mật khẩu mạnh");
        assertThat(texts.get("reply.clarify.item", 3, "{0}'s")).isEqualTo("3. {0}'s");
    }
}
