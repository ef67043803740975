package vn.anm.assistant.knowledge.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.EvalCommand;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.eval.Evaluation;
import vn.anm.assistant.knowledge.index.LuceneAnswerMatcher;
import vn.anm.assistant.knowledge.index.TopicIndexBuilder;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/** Content read from the folder, kept elsewhere and built again answers exactly like the folder; bad edits are refused in Vietnamese. */
class KnowledgeEditionsTests {

    static final KnowledgeEditions editions = new KnowledgeEditions(Map.of(), MatchThresholds.DEFAULTS);
    static final KnowledgeContent shipped = editions.read(Path.of("knowledge-base"));

    @TempDir
    Path dir;

    @Test
    void theFolderWrittenBackReadsAsTheSameContent() {
        editions.write(shipped, dir);
        KnowledgeContent again = editions.read(dir);
        assertThat(again.topics()).isEqualTo(shipped.topics());
        assertThat(again.contacts()).isEqualTo(shipped.contacts());
        assertThat(again.lexicon()).isEqualTo(shipped.lexicon());
    }

    @Test
    void anEditionBuiltFromContentAnswersLikeTheFolder() throws IOException {
        KnowledgeEdition edition = editions.build(shipped);
        var fromFiles = new LuceneAnswerMatcher(new TopicIndexBuilder().build(new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load()),
                MatchThresholds.DEFAULTS);
        var probes = EvalCommand.read(Path.of("src/test/resources/eval/probes.jsonl"));
        assertThat(Evaluation.run(edition, probes).misses()).isEqualTo(Evaluation.run(fromFiles, probes).misses());
        assertThat(Evaluation.run(edition, probes).total().figures()).isEqualTo(Evaluation.run(fromFiles, probes).total().figures());
    }

    @Test
    void anAnswerServedTwiceIsTheSameTextAndAnEditedEntryGetsItsOwn() {
        KnowledgeEdition before = editions.build(shipped);
        Topic otp = before.topic("ma-otp").orElseThrow();
        String first = before.answerText(otp);
        assertThat(before.answerText(otp)).isSameAs(first).contains("OTP");
        // a reply composed just after a publish: the entry matched in one edition, its text asked of the next
        Topic edited = with(otp, otp.title(), otp.questions(), otp.related(), otp.answer() + "\nĐã cập nhật.");
        assertThat(before.answerText(edited)).endsWith("Đã cập nhật.");
        assertThat(before.answerText(otp)).isEqualTo(first);
    }

    @Test
    void anEntryWithQuotesColonsAndHashesSurvivesTheFolderFormat() {
        Topic topic = topic(t -> new Topic(t.id(), "Lừa đảo: \"trúng thưởng\" #1", t.group(), t.severity(),
                List.of("- bắt đầu bằng gạch", "true", "113", "2026-01-01 là ngày gì", "câu có dấu hai chấm: ở giữa", "[ngoặc]"),
                List.of("a, b", "khóa: mở", "yes"), t.related(), List.of(new Source("Nguồn: thử", "https://example.org/#x")), t.reviewed(),
                t.answer()));
        KnowledgeContent edited = replace(topic);
        editions.write(edited, dir);
        assertThat(editions.read(dir).topic(topic.id())).contains(topic);
    }

    static Stream<Arguments> invalidEdits() {
        return Stream.of(
                Arguments.of("answer too long", (UnaryOperator<Topic>) t -> with(t, t.title(), t.questions(), t.related(), t.answer() + " Dài quá.".repeat(250)),
                        "answer", "tối đa 1800"),
                Arguments.of("NFD text", (UnaryOperator<Topic>) t -> with(t, Normalizer.normalize("Mã OTP là gì", Normalizer.Form.NFD), t.questions(), t.related(), t.answer()),
                        "title", "Unicode dựng sẵn"),
                Arguments.of("unknown related id", (UnaryOperator<Topic>) t -> with(t, t.title(), t.questions(), List.of("khong-co-dau"), t.answer()),
                        "related", "“khong-co-dau” không có trong kho"),
                Arguments.of("no questions", (UnaryOperator<Topic>) t -> with(t, t.title(), List.of(), t.related(), t.answer()),
                        "questions", "ít nhất một câu hỏi mẫu"),
                Arguments.of("script tag", (UnaryOperator<Topic>) t -> with(t, t.title(), t.questions(), t.related(), t.answer() + "\n<script>alert(1)</script>"),
                        "answer", "thẻ HTML hoặc mã script"),
                Arguments.of("empty title", (UnaryOperator<Topic>) t -> with(t, " ", t.questions(), t.related(), t.answer()),
                        "title", "Tiêu đề không được để trống"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEdits")
    void anInvalidEditIsRefusedInVietnamese(String name, UnaryOperator<Topic> edit, String field, String message) {
        KnowledgeContent edited = replace(edit.apply(shipped.topic("ma-otp").orElseThrow()));
        assertThat(editions.check(edited)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo("ma-otp");
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(message);
        });
        assertThatThrownBy(() -> editions.build(edited)).isInstanceOf(ContentRejected.class);
    }

    @Test
    void aDuplicateIdIsRefused() {
        Topic copy = shipped.topic("ma-otp").orElseThrow();
        List<Topic> topics = new java.util.ArrayList<>(shipped.topics());
        topics.add(copy);
        assertThat(editions.check(shipped.withTopics(topics))).extracting(ContentProblem::message)
                .anyMatch(m -> m.contains("Đã có chủ đề khác mang mã “ma-otp”"));
    }

    @Test
    void theShippedContentBreaksNoRule() {
        assertThat(editions.check(shipped)).isEmpty();
    }

    @Test
    void aBrokenFolderIsRefusedNamingTheFile() throws IOException {
        editions.write(shipped, dir);
        Path entry = dir.resolve("entries/ky-nang/ma-otp.md");
        Files.writeString(entry, Files.readString(entry).replace("id: ma-otp", "id: khac"));
        assertThatThrownBy(() -> editions.read(dir)).isInstanceOfSatisfying(ContentRejected.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("entries/ky-nang/ma-otp.md")));
    }

    private static Topic with(Topic t, String title, List<String> questions, List<String> related, String answer) {
        return new Topic(t.id(), title, t.group(), t.severity(), questions, t.keywords(), related, t.sources(), t.reviewed(), answer);
    }

    private static Topic topic(UnaryOperator<Topic> edit) {
        return edit.apply(shipped.topic("ma-otp").orElseThrow());
    }

    private static KnowledgeContent replace(Topic topic) {
        return shipped.withTopics(shipped.topics().stream().map(t -> t.id().equals(topic.id()) ? topic : t).toList());
    }
}
