package vn.anm.assistant.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;
import vn.anm.assistant.knowledge.analysis.TextPreparer;

/**
 * A story's event sentences: which sentences carry the event or the question, and that the coverage guard reads
 * them on their own (messages written for these tests, in no labelled set).
 */
class StorySentencesTests {

    static final KnowledgeSnapshot SNAPSHOT = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
    static final TopicIndex INDEX = new TopicIndexBuilder().build(SNAPSHOT);
    static final TextPreparer PREPARER = new TextPreparer(SNAPSHOT.lexicon());

    static final String STORY = "Ông tôi năm nay bảy mươi tuổi, ở một mình trên bản, con cháu đi làm xa. "
            + "Sáng nay ông nhận cuộc gọi báo trúng thưởng một chiếc xe máy, bảo chuyển năm trăm nghìn phí làm hồ sơ để nhận quà. "
            + "Ông có nên làm theo không?";

    @Test
    void aSentenceCarriesTheEventWhenItNamesAnAct() {
        List<StorySentences.Sentence> sentences = StorySentences.of(STORY, PREPARER);

        assertThat(sentences).extracting(StorySentences.Sentence::event).containsExactly(false, true, false);
    }

    @Test
    void anActIsNamedByOneSyllableOrByTwoInARow() {
        assertThat(StorySentences.hasCue("bấm vào đường dẫn lạ")).isTrue();
        assertThat(StorySentences.hasCue("đọc mã cho người lạ")).isTrue();
        assertThat(StorySentences.hasCue("mất ngủ cả tuần nay")).isFalse(); // "mất" only in a pair
        assertThat(StorySentences.hasCue("nhà tôi ở gần chợ")).isFalse();
    }

    @Test
    void teencodeIsReadBeforeLookingForTheAct() {
        List<StorySentences.Sentence> sentences = StorySentences.of("Hôm qua e đặt hàng trên mạng. E ck cho shop r", PREPARER);

        assertThat(sentences).extracting(StorySentences.Sentence::event).containsExactly(false, true);
    }

    @Test
    void aMessageOfOneSentenceHasNoEventSentences() {
        assertThat(StorySentences.events(StorySentences.of("Có người gọi báo trúng thưởng xe máy, bảo chuyển phí nhận quà", PREPARER))).isEmpty();
    }

    @Test
    void narrativeAndVeryShortSentencesAreNotReadOnTheirOwn() {
        List<List<String>> events = StorySentences.events(StorySentences.of(STORY, PREPARER));

        assertThat(events).hasSize(1);
        assertThat(events.get(0)).contains("trung", "thuong").doesNotContain("bay", "muoi", "tuoi");
    }

    @Test
    void theGuardReadsTheEventSentenceOfAStoryOnItsOwn() {
        TopicHit prize = INDEX.search(STORY).stream().filter(h -> h.topicId().equals("trung-thuong-qua-tang")).findFirst().orElseThrow();

        assertThat(prize.guardCoverage()).isGreaterThan(prize.coverage());
    }

    @Test
    void aMessageOfOneSentenceIsGuardedByItsCoverage() {
        List<TopicHit> hits = INDEX.search("Có người gọi báo tôi trúng thưởng xe máy, bảo chuyển phí để nhận quà");

        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.guardCoverage()).isEqualTo(h.coverage()));
    }
}
