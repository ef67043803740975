package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * One path a message can take. The conversation asks its handlers in order ({@link ConversationConfiguration#handlers})
 * and the first that takes the message makes the turn; adding a path means adding a handler there.
 */
interface TurnHandler {

    /** The turn, when this handler takes the message; empty to let the next one try. */
    Optional<Mono<Turn>> handle(TurnContext turn);
}
