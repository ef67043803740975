package vn.anm.assistant.moderation.editing;

import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeStore.KnowledgeDraft;
import vn.anm.assistant.knowledge.KnowledgeWorkbench;

/**
 * The draft built as an edition, for trying questions, previews and the publish gate. Built off the event
 * loop and kept for its fingerprint: the next save changes the fingerprint and the next use builds again.
 * A draft that breaks a rule fails with {@link vn.anm.assistant.knowledge.ContentRejected}.
 */
public final class DraftEditions {

    private record Built(String fingerprint, KnowledgeEdition edition) {
    }

    private final KnowledgeWorkbench workbench;
    private final AtomicReference<Built> last = new AtomicReference<>();

    public DraftEditions(KnowledgeWorkbench workbench) {
        this.workbench = workbench;
    }

    public Mono<KnowledgeEdition> edition(KnowledgeDraft draft) {
        Built cached = last.get();
        if (cached != null && cached.fingerprint().equals(draft.fingerprint())) {
            return Mono.just(cached.edition());
        }
        return Mono.fromCallable(() -> workbench.build(draft.content()))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(edition -> last.set(new Built(draft.fingerprint(), edition)));
    }
}
