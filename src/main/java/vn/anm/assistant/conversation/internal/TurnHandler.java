package vn.anm.assistant.conversation.internal;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * One path a message can take. The conversation asks its handlers in order ({@link ConversationConfiguration#handlers})
 * and the first that takes the message makes the turn; adding a path means adding a handler there.
 */
interface TurnHandler {

    /** The turn, when this handler takes the message; empty to let the next one try. */
    Optional<Mono<Turn>> handle(TurnContext turn);

    /** The turn of the first of {@code handlers} that takes the message, if any does. */
    static Optional<Mono<Turn>> first(List<TurnHandler> handlers, TurnContext turn) {
        for (TurnHandler handler : handlers) {
            Optional<Mono<Turn>> taken = handler.handle(turn);
            if (taken.isPresent()) {
                return taken;
            }
        }
        return Optional.empty();
    }
}
