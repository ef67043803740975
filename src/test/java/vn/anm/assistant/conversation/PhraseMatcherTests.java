package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;

/** The conversation vocabulary as moderators publish it: a new version is read at once, a broken one never served. */
class PhraseMatcherTests {

    private final AtomicReference<String> published = new AtomicReference<>("");
    private final PhraseMatcher words = PhraseMatcher.live(published::get, Path.of("knowledge-base"));

    @Test
    void untilAVersionHasTheTableTheFolderFileIsUsed() {
        assertThat(words.says(Words.CONSENT, "đồng ý ạ")).isTrue();
        assertThat(words.says(Words.CONSENT, "không đồng ý")).isFalse();
    }

    @Test
    void aPublishedTableIsReadAtOnce() {
        published.set("filler\tạ\nconsent\tchấp thuận\n");
        assertThat(words.says(Words.CONSENT, "chấp thuận ạ")).isTrue();
        assertThat(words.says(Words.CONSENT, "đồng ý")).isFalse();
    }

    @Test
    void aTableThatCannotBeReadLeavesThePreviousOneServing() {
        published.set("consent\tchấp thuận\n");
        assertThat(words.says(Words.CONSENT, "chấp thuận")).isTrue();
        published.set("consent chấp thuận, no tab\n");
        assertThat(words.says(Words.CONSENT, "chấp thuận")).isTrue();
    }

    @Test
    void oneFillerListServesEveryGroup() {
        assertThat(words.says(Words.SKIP, "bỏ qua nhé ad")).isTrue();
        assertThat(words.says(Words.RESUME, "khai tiếp nhé ad")).isTrue();
        assertThat(words.mentions(Words.VICTIM, "hôm qua mẹ mình bị lừa mất tiền")).isTrue();
    }
}
