package vn.anm.assistant.conversation.storage;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Ticker;

import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.conversation.state.CaffeineConversationStateStore;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.ConversationStateStore;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.storage.KeyedRow;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * Conversation state in {@code conversation_state}: survives restarts and is shared by every instance.
 * Rows are filed under a pseudonym of the user id and hold the state encrypted. A row untouched for the
 * idle timeout is not found (and later purged). Each instance keeps a short write-through cache.
 */
public final class StoredConversationStateStore implements ConversationStateStore {

    private final JsonMapper json = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();
    private final DatabaseClient db;
    private final DataProtection protection;
    private final ConversationStorageProperties properties;
    private final Clock clock;
    private final @Nullable ConversationStateStore cache;

    StoredConversationStateStore(DatabaseClient db, DataProtection protection, ConversationStorageProperties properties,
            Clock clock) {
        this.db = db;
        this.protection = protection;
        this.properties = properties;
        this.clock = clock;
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.cache = properties.stateCache().isZero() ? null
                : new CaffeineConversationStateStore(properties.stateCache(), properties.stateCacheSize(), ticker);
    }

    @Override
    public Mono<ConversationState> find(String userId) {
        Mono<ConversationState> stored = Mono.defer(() -> {
            String ref = refOf(userId);
            return db.sql("SELECT state_enc FROM conversation_state WHERE user_ref = :ref AND touched_at > :since")
                    .bind("ref", ref)
                    .bind("since", SqlTimestamps.at(clock.instant().minus(properties.idleTimeout())))
                    .map(row -> row.get("state_enc", String.class))
                    .one()
                    .map(sealed -> open(sealed, ref));
        });
        if (cache == null) {
            return stored;
        }
        return cache.find(userId).switchIfEmpty(stored.flatMap(state -> cacheOnceCommitted(userId, state).thenReturn(state)));
    }

    @Override
    public Mono<Void> save(String userId, ConversationState state) {
        Mono<Void> write = Mono.defer(() -> {
            String ref = refOf(userId);
            String sealed = protection.encrypt(json.writeValueAsBytes(state), context(ref));
            return KeyedRow.of("conversation_state", "user_ref", ref)
                    .with("state_enc", sealed)
                    .with("touched_at", SqlTimestamps.at(clock.instant()))
                    .save(db);
        });
        // the copy is dropped first and kept again only once the turn's transaction commits: a turn that
        // rolls back (its event is then processed again) must not find the state it never committed
        return cache == null ? write : cache.remove(userId).then(write).then(cacheOnceCommitted(userId, state));
    }

    private Mono<Void> cacheOnceCommitted(String userId, ConversationState state) {
        ConversationStateStore copies = cache;
        if (copies == null) {
            return Mono.empty();
        }
        return TransactionSynchronizationManager.forCurrentTransaction()
                .onErrorResume(NoTransactionException.class, e -> Mono.empty())
                .filter(TransactionSynchronizationManager::isSynchronizationActive)
                .map(transaction -> {
                    transaction.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public Mono<Void> afterCommit() {
                            return copies.save(userId, state);
                        }
                    });
                    return transaction;
                })
                .switchIfEmpty(Mono.defer(() -> copies.save(userId, state)).then(Mono.empty()))
                .then();
    }

    @Override
    public Mono<Void> remove(String userId) {
        Mono<Void> delete = Mono.defer(() -> db.sql("DELETE FROM conversation_state WHERE user_ref = :ref")
                .bind("ref", refOf(userId))
                .then());
        return cache == null ? delete : cache.remove(userId).then(delete).then(cache.remove(userId));
    }

    /** Deletes the states nobody touched for the idle timeout; returns how many. */
    Mono<Long> purgeExpired() {
        return Mono.defer(() -> db.sql("DELETE FROM conversation_state WHERE touched_at <= :cutoff")
                .bind("cutoff", SqlTimestamps.at(clock.instant().minus(properties.idleTimeout())))
                .fetch().rowsUpdated());
    }

    private ConversationState open(String sealed, String ref) {
        return read(json, protection.decrypt(sealed, context(ref)));
    }

    /**
     * A stored state; one written before the steps were typed holds its step as a string ("report:consent"),
     * read as the typed {@link Step} it meant (conversations live 30 minutes: only those saved just before an upgrade).
     */
    static ConversationState read(JsonMapper json, byte[] stored) {
        JsonNode tree = json.readTree(stored);
        if (tree instanceof ObjectNode state && state.get("step") != null && state.get("step").isString()) {
            state.set("step", json.valueToTree(Step.legacy(state.get("step").asString())));
        }
        return json.treeToValue(tree, ConversationState.class);
    }

    private String refOf(String userId) {
        return protection.pseudonym("conversation-user:" + userId);
    }

    private static String context(String ref) {
        return "conversation_state.state_enc:" + ref;
    }
}
