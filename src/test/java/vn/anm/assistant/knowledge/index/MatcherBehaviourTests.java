package vn.anm.assistant.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.EvalCommand;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/**
 * The matcher on the shipped knowledge base, with messages written for these tests (not the dev set):
 * an in-scope message is answered with its topic or offered among the choices, never answered wrongly;
 * an out-of-scope message is never answered.
 */
class MatcherBehaviourTests {

    static final LuceneAnswerMatcher matcher = new LuceneAnswerMatcher(
            new TopicIndexBuilder().build(new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load()),
            MatchThresholds.DEFAULTS);

    static List<LabelledMessage> smoke() throws IOException, URISyntaxException {
        return EvalCommand.read(Path.of(MatcherBehaviourTests.class.getResource("/fixtures/knowledge/matcher-smoke.jsonl").toURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smoke")
    void reachesTheTopicOrStaysHumble(LabelledMessage message) {
        MatchResult result = matcher.match(message.text());
        List<String> candidates = result.candidates().stream().map(Candidate::topic).toList();
        if (message.inScope()) {
            assertThat(result.decision()).isNotEqualTo(Decision.FALLBACK);
            if (result.decision() == Decision.ANSWER) {
                assertThat(message.acceptable()).contains(result.topic().id());
            } else {
                assertThat(candidates).containsAnyElementsOf(message.acceptable());
            }
        } else {
            assertThat(result.decision()).isNotEqualTo(Decision.ANSWER);
        }
    }

    @Test
    void candidatesAreAtMostThreeBestFirstWithConfidenceInRange() {
        MatchResult result = matcher.match("bị lừa chuyển tiền rồi");
        assertThat(result.candidates()).hasSizeBetween(1, 3);
        assertThat(result.candidates()).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
        assertThat(result.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void withAndWithoutDiacriticsFindTheSameTopic() {
        assertThat(matcher.match("làm sao tạo mật khẩu mạnh").candidates().get(0).topic())
                .isEqualTo(matcher.match("lam sao tao mat khau manh").candidates().get(0).topic())
                .isEqualTo("mat-khau-manh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "🙏😭🙏", "\u200B\u200B\u200B", "....!!!???", "a", "Привет, как дела?", "你好吗",
            "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "qwxz qwxz"})
    void noiseGetsAnHonestFallback(String text) {
        assertThat(matcher.match(text).decision()).isEqualTo(Decision.FALLBACK);
    }

    @Test
    void twoThousandRepeatedCharactersAreHandled() {
        assertThat(matcher.match("a".repeat(2000)).decision()).isEqualTo(Decision.FALLBACK);
        assertThat(matcher.match("lừa đảo ".repeat(250)).decision()).isNotNull();
    }
}
