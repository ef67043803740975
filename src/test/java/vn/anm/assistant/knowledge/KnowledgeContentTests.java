package vn.anm.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.anm.assistant.knowledge.analysis.VietnameseText;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * The content rules of the knowledge base beyond what the loader enforces: every required topic,
 * enough example questions of each kind, no unfinished text, no copies of the labelled dev set.
 */
class KnowledgeContentTests {

    static final KnowledgeSnapshot snapshot = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
    private static final Pattern UNFINISHED = Pattern.compile("(?i)TODO|FIXME|TBD|lorem|xxx|\\?\\?\\?|\\.\\.\\.|\\[[^\\]]*\\]\\(|\\*\\*|^#|<[a-z]+>", Pattern.MULTILINE);

    static Stream<Topic> topics() {
        return snapshot.topics().stream();
    }

    @Test
    void everyRequiredTopicHasItsEntry() throws IOException, URISyntaxException {
        Path tsv = Path.of(KnowledgeContentTests.class.getResource("/fixtures/knowledge/topics.tsv").toURI());
        Set<String> required = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).collect(Collectors.toSet());
        Set<String> present = snapshot.topics().stream().map(Topic::id).collect(Collectors.toSet());
        assertThat(required).hasSize(55);
        assertThat(present).containsAll(required);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void hasEnoughQuestionsOfEachKind(Topic topic) {
        List<String> questions = topic.questions();
        assertThat(questions).as("questions").hasSizeGreaterThanOrEqualTo(10);
        assertThat(questions.stream().filter(q -> q.chars().allMatch(c -> c < 128)).count()).as("without diacritics").isGreaterThanOrEqualTo(3);
        assertThat(questions.stream().filter(q -> isShortOrTeencode(q)).count()).as("short or teencode").isGreaterThanOrEqualTo(2);
        assertThat(questions.stream().filter(q -> q.split("\\s+").length >= 20).count()).as("narrative").isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void answerIsFinishedAndSourced(Topic topic) {
        assertThat(topic.answer()).doesNotContainPattern(UNFINISHED);
        assertThat(topic.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.ref()).isNotBlank());
        assertThat(topic.reviewed()).isNotNull();
        String firstLine = topic.answer().lines().findFirst().orElse("");
        assertThat(firstLine).as("the first line says the essential").doesNotStartWith("- ").isNotBlank();
        assertThat(topic.answer().lines().filter(l -> l.startsWith("- ")).count()).as("concrete steps").isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void urgentEntriesStartWithWhatToDoNow(Topic topic) {
        if (topic.severity() == Severity.URGENT) {
            assertThat(topic.answer().lines().findFirst().orElse("").length()).isLessThan(400);
            assertThat(topic.answer()).contains("{{contact:");
        }
    }

    @Test
    void noExampleQuestionCopiesTheLabelledDevSet() throws IOException {
        Path dev = Path.of("../shared/eval/dev.jsonl");
        if (!Files.exists(dev)) {
            return; // the dev set lives beside the repository; CI has it (see DevSetFiguresTests)
        }
        Set<String> devTexts = EvalCommand.read(dev).stream().map(LabelledMessage::text).map(KnowledgeContentTests::folded).collect(Collectors.toSet());
        List<String> copies = snapshot.topics().stream().flatMap(t -> t.questions().stream())
                .filter(q -> devTexts.contains(folded(q))).toList();
        assertThat(copies).isEmpty();
    }

    /** The probe set (src/test/resources/eval/probes.jsonl) measures the knowledge base from outside: it must stay out of it. */
    @Test
    void noExampleQuestionCopiesTheProbeSet() throws IOException {
        Set<String> probeTexts = EvalCommand.read(Path.of("src/test/resources/eval/probes.jsonl")).stream()
                .map(LabelledMessage::text).map(KnowledgeContentTests::folded).collect(Collectors.toSet());
        assertThat(probeTexts).hasSizeGreaterThan(150);
        List<String> copies = snapshot.topics().stream().flatMap(t -> t.questions().stream())
                .filter(q -> probeTexts.contains(folded(q))).toList();
        assertThat(copies).isEmpty();
    }

    private static boolean isShortOrTeencode(String question) {
        String[] words = question.trim().split("\\s+");
        return words.length <= 6 || Stream.of(words).map(w -> VietnameseText.foldSyllable(VietnameseText.clean(w)))
                .anyMatch(snapshot.lexicon().abbreviations()::containsKey);
    }

    private static String folded(String text) {
        return VietnameseText.fold(VietnameseText.clean(text));
    }
}
