package vn.anm.assistant.knowledge.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.TextPreparer;
import vn.anm.assistant.knowledge.index.LuceneAnswerMatcher;
import vn.anm.assistant.knowledge.index.TopicIndex;
import vn.anm.assistant.knowledge.index.TopicIndexBuilder;
import vn.anm.assistant.knowledge.source.AnswerRenderer;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeFolder;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * One knowledge-base version with its index and matcher: swapped as a whole, never edited.
 *
 * @param rendered each entry's answer with its contacts filled in, by entry id: rendered on first use, then served
 *        as is (an edition never changes; rendering it on every reply was a visible share of the ask path)
 */
record LoadedKnowledge(long version, KnowledgeContent content, KnowledgeSnapshot snapshot, Map<String, Topic> byId,
        LuceneAnswerMatcher matcher, TextPreparer preparer, Map<String, String> rendered) implements KnowledgeEdition {

    static LoadedKnowledge load(KnowledgeBaseLoader loader, MatchThresholds thresholds) {
        KnowledgeSnapshot snapshot = loader.load();
        KnowledgeContent content = new KnowledgeContent(snapshot.topics(), List.copyOf(snapshot.contacts().values()),
                KnowledgeFolder.lexicon(loader.root()));
        return of(0, content, snapshot, thresholds);
    }

    static LoadedKnowledge of(long version, KnowledgeContent content, KnowledgeSnapshot snapshot, MatchThresholds thresholds) {
        TopicIndex index = new TopicIndexBuilder().build(snapshot);
        Map<String, Topic> byId = snapshot.topics().stream().collect(Collectors.toUnmodifiableMap(Topic::id, Function.identity()));
        return new LoadedKnowledge(version, content, snapshot, byId, new LuceneAnswerMatcher(index, thresholds),
                new TextPreparer(snapshot.lexicon()), new ConcurrentHashMap<>());
    }

    LoadedKnowledge numbered(long number) {
        return new LoadedKnowledge(number, content, snapshot, byId, matcher, preparer, rendered);
    }

    @Override
    public MatchResult match(String message) {
        return matcher.match(message);
    }

    @Override
    public List<String> terms(String message) {
        return preparer.prepare(message).foldedTerms();
    }

    @Override
    public List<Topic> topics() {
        return snapshot.topics();
    }

    @Override
    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Contact> contacts() {
        return List.copyOf(snapshot.contacts().values());
    }

    @Override
    public String answerText(Topic topic) {
        // Only this edition's own entry may use the cache: a topic of another edition (matched just before a
        // swap) may have the same id and another answer.
        if (byId.get(topic.id()) != topic) {
            return AnswerRenderer.render(topic.answer(), snapshot.contacts());
        }
        return rendered.computeIfAbsent(topic.id(), id -> AnswerRenderer.render(topic.answer(), snapshot.contacts()));
    }

    @Override
    public List<String> groups() {
        return KnowledgeBaseLoader.GROUPS;
    }
}
