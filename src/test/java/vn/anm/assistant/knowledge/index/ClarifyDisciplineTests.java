package vn.anm.assistant.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.EvalCommand;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.eval.LabelledMessage;

/**
 * CLARIFY offers only entries that are plausible on their own: over every labelled message we have (dev,
 * the new topics' dev set, both probe sets, the smoke messages), no offered choice is below the fallback
 * line; and everyday questions outside the bot's field fall back instead of being offered choices.
 */
class ClarifyDisciplineTests {

    static List<LabelledMessage> everyLabelledMessage() throws IOException {
        List<LabelledMessage> all = new ArrayList<>();
        for (String file : List.of("dev.jsonl", "dev-new-topics.jsonl", "probes.jsonl", "probes2.jsonl")) {
            all.addAll(EvalCommand.read(Path.of("src/test/resources/eval", file)));
        }
        all.addAll(EvalCommand.read(Path.of("src/test/resources/fixtures/knowledge/matcher-smoke.jsonl")));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLabelledMessage")
    void noChoiceBelowTheFallbackLine(LabelledMessage message) {
        MatchResult result = MatcherBehaviourTests.matcher.match(message.text());
        if (result.decision() == Decision.CLARIFY) {
            assertThat(result.candidates()).as("offered choices").hasSizeBetween(1, 3)
                    .allSatisfy(c -> assertThat(c.confidence()).as(c.topic()).isGreaterThanOrEqualTo(MatchThresholds.DEFAULTS.fallbackBelow()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"thời tiết lạng sơn", "Thời tiết Lạng Sơn ngày mai có mưa không?", "gia lua hom nay",
        "lịch chiếu phim cuối tuần", "cách nấu phở bò"})
    void offTopicFallsBack(String text) {
        assertThat(MatcherBehaviourTests.matcher.match(text).decision()).isEqualTo(Decision.FALLBACK);
    }
}
