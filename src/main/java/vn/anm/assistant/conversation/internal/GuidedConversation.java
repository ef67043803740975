package vn.anm.assistant.conversation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.ConversationStateStore;
import vn.anm.assistant.conversation.internal.TurnContext.Opening;

/**
 * The conversation every channel talks to. Per message: load the citizen's state (none after 30 minutes
 * of silence: a new conversation), ask the {@link TurnHandler}s in their order until one takes the message,
 * then save the new state before the reply goes out — or drop it, after the person's data was deleted, or
 * leave it as it was, for a lookup beside the conversation.
 */
final class GuidedConversation implements Conversation {

    private static final Logger log = LoggerFactory.getLogger(GuidedConversation.class);

    private final ConversationStateStore states;
    private final List<TurnHandler> handlers;
    private final AnswerReplies answers;
    private final MenuReplies menu;
    private final Scheduler turns;
    private final Clock clock;

    GuidedConversation(ConversationStateStore states, List<TurnHandler> handlers, AnswerReplies answers, MenuReplies menu,
            Scheduler turns, Clock clock) {
        this.states = states;
        this.handlers = List.copyOf(handlers);
        this.answers = answers;
        this.menu = menu;
        this.turns = turns;
        this.clock = clock;
    }

    @Override
    public Mono<ConversationReply> handle(InboundMessage message) {
        Instant now = clock.instant();
        return states.find(message.userId())
                .map(state -> new TurnContext(message, state, Opening.LATER, now))
                .switchIfEmpty(Mono.fromSupplier(() -> new TurnContext(message, ConversationState.start(now), Opening.FIRST_TURN, now)))
                .flatMap(this::offTheEventLoop)
                .flatMap(this::turn)
                .flatMap(turn -> remember(message.userId(), turn).thenReturn(turn.reply()))
                .onErrorResume(e -> {
                    // Only the exception type: no message text or user id in the log.
                    log.warn("Conversation turn failed on {}: {}", message.channel(), e.getClass().getName());
                    return Mono.just(answers.failure(new TurnContext(message, ConversationState.start(now), Opening.LATER, now)).reply());
                });
    }

    /**
     * The turn's matching is CPU work. When the state row arrived on an event loop — PostgreSQL's driver, whose few
     * threads also carry the webhooks' inbox commits — the turn continues on the {@code anm-turn} threads. On the
     * embedded H2 the state is read on the caller's (blocking) thread and the turn stays there: a hop in the middle
     * of an H2 transaction that was subscribed on {@code boundedElastic} lets a cancellation interrupt that thread
     * while it writes the file, and H2 then closes the database.
     */
    private Mono<TurnContext> offTheEventLoop(TurnContext context) {
        Mono<TurnContext> here = Mono.just(context);
        return Schedulers.isInNonBlockingThread() ? here.publishOn(turns) : here;
    }

    private Mono<Turn> turn(TurnContext turn) {
        for (TurnHandler handler : handlers) {
            Optional<Mono<Turn>> taken = handler.handle(turn);
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        return Mono.just(menu.welcome(turn));
    }

    private Mono<Void> remember(String userId, Turn turn) {
        return switch (turn.memory()) {
            case SAVE -> states.save(userId, turn.state());
            case FORGET -> states.remove(userId);
            case LEAVE -> Mono.empty();
        };
    }
}
