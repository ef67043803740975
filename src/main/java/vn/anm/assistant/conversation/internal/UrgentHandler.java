package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.urgent.UrgentDetector;

/** Money just sent, a code given away, a threat, a child in danger…: what to do in the next minutes, before any search. */
record UrgentHandler(UrgentDetector detector, UrgentReplies replies, ConversationMetrics metrics) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        return detector.detect(turn.text()).map(kind -> {
            metrics.urgent(kind);
            return Mono.just(replies.urgent(kind, turn));
        });
    }
}
