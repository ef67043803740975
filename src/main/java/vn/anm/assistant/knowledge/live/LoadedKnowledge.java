package vn.anm.assistant.knowledge.live;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.index.LuceneAnswerMatcher;
import vn.anm.assistant.knowledge.index.TopicIndex;
import vn.anm.assistant.knowledge.index.TopicIndexBuilder;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/** One knowledge-base version with its index and matcher: swapped as a whole, never edited. */
record LoadedKnowledge(KnowledgeSnapshot snapshot, Map<String, Topic> byId, LuceneAnswerMatcher matcher) {

    static LoadedKnowledge load(KnowledgeBaseLoader loader, MatchThresholds thresholds) {
        KnowledgeSnapshot snapshot = loader.load();
        TopicIndex index = new TopicIndexBuilder().build(snapshot);
        Map<String, Topic> byId = snapshot.topics().stream().collect(Collectors.toUnmodifiableMap(Topic::id, Function.identity()));
        return new LoadedKnowledge(snapshot, byId, new LuceneAnswerMatcher(index, thresholds));
    }
}
