package vn.anm.assistant.knowledge.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.KnowledgeBaseRejected;
import vn.anm.assistant.knowledge.KnowledgeBaseReloaded;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.source.AnswerRenderer;
import vn.anm.assistant.knowledge.source.KnowledgeBaseException;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/**
 * The knowledge base the service answers from. Loaded at start-up (an invalid one stops the start);
 * {@link #reload()} validates and indexes a new version off to the side and swaps it in atomically,
 * or keeps the previous one and says why.
 */
public final class LiveKnowledgeBase implements KnowledgeBase, AnswerMatcher {

    private static final Logger log = LoggerFactory.getLogger(LiveKnowledgeBase.class);

    private final KnowledgeBaseLoader loader;
    private final MatchThresholds thresholds;
    private final ApplicationEventPublisher events;
    private final AtomicReference<LoadedKnowledge> current;

    public LiveKnowledgeBase(KnowledgeBaseLoader loader, MatchThresholds thresholds, ApplicationEventPublisher events) {
        this.loader = loader;
        this.thresholds = thresholds;
        this.events = events;
        long start = System.nanoTime();
        this.current = new AtomicReference<>(LoadedKnowledge.load(loader, thresholds));
        log.info("Knowledge base loaded from {}: {} entries in {} ms", loader.root().toAbsolutePath(),
                current.get().snapshot().topics().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Blocking (file reads, indexing): call it off the event loop. */
    public boolean reload() {
        try {
            LoadedKnowledge next = LoadedKnowledge.load(loader, thresholds);
            current.set(next);
            log.info("Knowledge base reloaded: {} entries", next.snapshot().topics().size());
            events.publishEvent(new KnowledgeBaseReloaded(next.snapshot().topics().size(), Instant.now()));
            return true;
        } catch (KnowledgeBaseException e) {
            log.warn("Knowledge base edit refused, the previous version keeps serving. {}", e.getMessage());
            events.publishEvent(new KnowledgeBaseRejected(e.getMessage(), Instant.now()));
            return false;
        } catch (RuntimeException e) {
            log.error("Knowledge base reload failed, the previous version keeps serving", e);
            events.publishEvent(new KnowledgeBaseRejected(String.valueOf(e.getMessage()), Instant.now()));
            return false;
        }
    }

    @Override
    public MatchResult match(String message) {
        return current.get().matcher().match(message);
    }

    @Override
    public List<Topic> topics() {
        return current.get().snapshot().topics();
    }

    @Override
    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(current.get().byId().get(id));
    }

    @Override
    public List<Contact> contacts() {
        return List.copyOf(current.get().snapshot().contacts().values());
    }

    @Override
    public String answerText(Topic topic) {
        return AnswerRenderer.render(topic.answer(), current.get().snapshot().contacts());
    }

    @Override
    public List<String> groups() {
        return KnowledgeBaseLoader.GROUPS;
    }
}
