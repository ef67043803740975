package vn.anm.assistant.conversation.storage;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import reactor.core.publisher.Mono;

/**
 * Deletes conversation states silent for the idle timeout, and unanswered messages and votes older
 * than {@code anm.conversation.record-retention}. Runs every {@code anm.conversation.purge-every}.
 */
public final class ConversationStoragePurge {

    private static final Logger log = LoggerFactory.getLogger(ConversationStoragePurge.class);

    private final StoredConversationStateStore states;
    private final StoredUnansweredLog unanswered;
    private final StoredFeedbackLog feedback;
    private final ConversationStorageProperties properties;
    private final Clock clock;

    ConversationStoragePurge(StoredConversationStateStore states, StoredUnansweredLog unanswered,
            StoredFeedbackLog feedback, ConversationStorageProperties properties, Clock clock) {
        this.states = states;
        this.unanswered = unanswered;
        this.feedback = feedback;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${anm.conversation.purge-every:10m}", fixedDelayString = "${anm.conversation.purge-every:10m}")
    public Mono<Void> purgeNow() {
        return Mono.defer(this::purge)
                .doOnNext(purged -> {
                    if (purged.states() + purged.records() > 0) {
                        log.info("Conversation purge: {} expired state(s), {} old record(s) deleted", purged.states(),
                                purged.records());
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Conversation purge failed, the next run retries: {}", e.getClass().getName());
                    return Mono.empty();
                })
                .then();
    }

    Mono<Purged> purge() {
        Instant cutoff = clock.instant().minus(properties.recordRetention());
        return states.purgeExpired()
                .flatMap(stateCount -> unanswered.purgeBefore(cutoff)
                        .flatMap(unansweredCount -> feedback.purgeBefore(cutoff)
                                .map(voteCount -> new Purged(stateCount, unansweredCount + voteCount))));
    }

    /** What one purge removed. */
    record Purged(long states, long records) {
    }
}
