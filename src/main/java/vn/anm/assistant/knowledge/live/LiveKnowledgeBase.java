package vn.anm.assistant.knowledge.live;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.KnowledgeBaseRejected;
import vn.anm.assistant.knowledge.KnowledgeBaseReloaded;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.source.KnowledgeBaseException;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/**
 * The knowledge base the service answers from: one built edition at a time, swapped atomically, so
 * readers never wait and never see half a version. Read from knowledge-base/ (development: {@link #reload()}
 * after file edits), or from the published version in the database ({@link #serve(KnowledgeEdition)}).
 * A version that fails to build is refused and the previous one keeps serving.
 */
public final class LiveKnowledgeBase implements KnowledgeBase, AnswerMatcher {

    private static final Logger log = LoggerFactory.getLogger(LiveKnowledgeBase.class);

    private final @Nullable KnowledgeBaseLoader loader;
    private final MatchThresholds thresholds;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<KnowledgeEdition> current;

    /** Files as the source: loaded now (an invalid folder stops the start), reloaded by {@link #reload()}. */
    public LiveKnowledgeBase(KnowledgeBaseLoader loader, MatchThresholds thresholds, ApplicationEventPublisher events, Clock clock) {
        this.loader = loader;
        this.thresholds = thresholds;
        this.events = events;
        this.clock = clock;
        long start = System.nanoTime();
        this.current = new AtomicReference<>(LoadedKnowledge.load(loader, thresholds));
        log.info("Knowledge base loaded from {}: {} entries in {} ms", loader.root().toAbsolutePath(),
                current.get().topics().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The database as the source: starts with an edition built from the published version. */
    public LiveKnowledgeBase(KnowledgeEdition initial, MatchThresholds thresholds, ApplicationEventPublisher events, Clock clock) {
        this.loader = null;
        this.thresholds = thresholds;
        this.events = events;
        this.clock = clock;
        this.current = new AtomicReference<>(initial);
        log.info("Knowledge base version {} serving: {} entries", initial.version(), initial.topics().size());
    }

    /** Blocking (file reads, indexing): call it off the event loop. Files as the source only. */
    public boolean reload() {
        if (loader == null) {
            return false;
        }
        try {
            LoadedKnowledge next = LoadedKnowledge.load(loader, thresholds);
            current.set(next);
            log.info("Knowledge base reloaded: {} entries", next.topics().size());
            events.publishEvent(new KnowledgeBaseReloaded(next.topics().size(), clock.instant()));
            return true;
        } catch (KnowledgeBaseException e) {
            log.warn("Knowledge base edit refused, the previous version keeps serving. {}", e.getMessage());
            events.publishEvent(new KnowledgeBaseRejected(e.getMessage(), clock.instant()));
            return false;
        } catch (RuntimeException e) {
            log.error("Knowledge base reload failed, the previous version keeps serving", e);
            events.publishEvent(new KnowledgeBaseRejected(String.valueOf(e.getMessage()), clock.instant()));
            return false;
        }
    }

    /** Swaps in an edition already built (a published version from the database). */
    public void serve(KnowledgeEdition edition) {
        KnowledgeEdition previous = current.getAndSet(edition);
        if (previous.version() != edition.version()) {
            log.info("Knowledge base version {} serving (was {}): {} entries", edition.version(), previous.version(), edition.topics().size());
        }
        events.publishEvent(new KnowledgeBaseReloaded(edition.topics().size(), clock.instant()));
    }

    /** The edition serving now. */
    public KnowledgeEdition current() {
        return current.get();
    }

    /** The published version serving now; 0 when the files are the source. */
    public long version() {
        return current.get().version();
    }

    MatchThresholds thresholds() {
        return thresholds;
    }

    @Override
    public MatchResult match(String message) {
        return current.get().match(message);
    }

    @Override
    public List<Topic> topics() {
        return current.get().topics();
    }

    @Override
    public Optional<Topic> topic(String id) {
        return current.get().topic(id);
    }

    @Override
    public List<Contact> contacts() {
        return current.get().contacts();
    }

    @Override
    public String answerText(Topic topic) {
        return current.get().answerText(topic);
    }

    @Override
    public LexiconTables lexicon() {
        return current.get().lexicon();
    }

    @Override
    public List<String> groups() {
        return KnowledgeBaseLoader.GROUPS;
    }
}
