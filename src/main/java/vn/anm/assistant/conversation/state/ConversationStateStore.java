package vn.anm.assistant.conversation.state;

import reactor.core.publisher.Mono;

/**
 * Per-citizen conversation state. A state left untouched for the idle timeout (30 minutes by default)
 * is gone: {@link #find} is then empty and the next message starts a new conversation. The in-memory
 * store serves one instance; a database-backed store (with this one as its cache) makes the state
 * survive restarts and be shared by several instances.
 */
public interface ConversationStateStore {

    Mono<ConversationState> find(String userId);

    Mono<Void> save(String userId, ConversationState state);

    Mono<Void> remove(String userId);
}
