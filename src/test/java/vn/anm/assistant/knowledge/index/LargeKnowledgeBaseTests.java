package vn.anm.assistant.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Severity;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * Every knowledge base searches in two stages ({@link EntrySearch}: the entry shortlist, then the phrasings); the
 * shipped entries, drowned among 300 unrelated ones, are still found for the smoke messages.
 */
class LargeKnowledgeBaseTests {

    static final LuceneAnswerMatcher matcher;

    static {
        KnowledgeSnapshot shipped = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        List<Topic> topics = new ArrayList<>(shipped.topics());
        Random random = new Random(7);
        String[] words = {"mùa", "vụ", "lúa", "ngô", "trâu", "bò", "chợ", "phiên", "hồi", "quế", "na", "đào", "mận", "lễ", "hội",
            "đường", "xe", "khách", "nước", "sông", "núi", "mưa", "nắng", "trường", "lớp", "thi", "điểm", "món", "ăn", "phở"};
        for (int i = 0; i < 300; i++) {
            List<String> questions = new ArrayList<>();
            for (int q = 0; q < 10; q++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 7; w++) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                }
                questions.add(text.toString().trim());
            }
            topics.add(new Topic("filler-" + i, "Chủ đề khác " + i, "ky-nang", Severity.INFO, questions, List.of(), List.of(),
                    List.of(new Source("test", "test")), LocalDate.of(2026, 11, 29), "Trả lời."));
        }
        KnowledgeSnapshot large = new KnowledgeSnapshot(topics, shipped.contacts(), shipped.lexicon());
        matcher = new LuceneAnswerMatcher(new TopicIndexBuilder().build(large), MatchThresholds.DEFAULTS);
    }

    static List<LabelledMessage> smoke() throws Exception {
        return MatcherBehaviourTests.smoke().stream().filter(LabelledMessage::inScope).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smoke")
    void shippedEntriesAreStillFoundAmongManyOthers(LabelledMessage message) {
        MatchResult result = matcher.match(message.text());
        List<String> candidates = result.candidates().stream().map(Candidate::topic).toList();
        assertThat(result.decision()).isNotEqualTo(Decision.FALLBACK);
        assertThat(candidates).containsAnyElementsOf(message.acceptable());
        if (result.decision() == Decision.ANSWER) {
            assertThat(message.acceptable()).contains(result.topic().id());
        }
    }
}
