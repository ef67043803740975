package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;
import vn.anm.assistant.conversation.urgent.UrgentDetector;
import vn.anm.assistant.conversation.urgent.UrgentKind;

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

    @Test
    void theUrgentWordsAreTheVocabularysAndAPublishedEditIsReadAtOnce() {
        UrgentDetector urgent = new UrgentDetector(words);
        String story = "tôi vừa chuyển khoản 5 triệu cho shop, giờ họ chặn tôi rồi";
        assertThat(urgent.detect(story)).contains(UrgentKind.MONEY_SENT);
        assertThat(urgent.detect("tôi vừa thồn 5 triệu cho shop, giờ họ chặn tôi rồi")).isEmpty();

        published.set(readFolderTable() + "urgent-transfer\tthồn\n");
        assertThat(urgent.detect("tôi vừa thồn 5 triệu cho shop, giờ họ chặn tôi rồi")).contains(UrgentKind.MONEY_SENT);

        published.set("filler\tạ\nurgent-scam-cue\tlừa\n"); // a table without the transfer words: those of the folder stay
        assertThat(urgent.detect(story)).isEmpty(); // "chặn" is no cue in this version
        assertThat(urgent.detect("tôi vừa chuyển khoản 5 triệu, bị lừa rồi")).contains(UrgentKind.MONEY_SENT);
    }

    private static String readFolderTable() {
        try {
            return java.nio.file.Files.readString(Path.of("knowledge-base", PhraseMatcher.FILE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
