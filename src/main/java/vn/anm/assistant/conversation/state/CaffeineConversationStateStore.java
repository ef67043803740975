package vn.anm.assistant.conversation.state;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import reactor.core.publisher.Mono;

/** Conversation state in memory, bounded, forgotten after the idle timeout. Lost on restart. */
public final class CaffeineConversationStateStore implements ConversationStateStore {

    private final Cache<String, ConversationState> states;

    public CaffeineConversationStateStore(Duration idleTimeout, long maxUsers, Ticker ticker) {
        this.states = Caffeine.newBuilder()
                .expireAfterWrite(idleTimeout)
                .maximumSize(maxUsers)
                .ticker(ticker)
                .build();
    }

    @Override
    public Mono<ConversationState> find(String userId) {
        return Mono.fromSupplier(() -> states.getIfPresent(userId));
    }

    @Override
    public Mono<Void> save(String userId, ConversationState state) {
        return Mono.fromRunnable(() -> states.put(userId, state));
    }

    @Override
    public Mono<Void> remove(String userId) {
        return Mono.fromRunnable(() -> states.invalidate(userId));
    }
}
