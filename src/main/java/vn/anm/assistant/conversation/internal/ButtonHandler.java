package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * A pressed button (its payload): menu, groups, topics, feedback, contacts, the report intake, data deletion, the
 * scam check's "Báo số này". A malformed payload that cannot even be read ("group::", a truncated one) is the menu,
 * never the failure reply.
 */
record ButtonHandler(PayloadHandler payloads, MenuReplies menu) implements TurnHandler {

    private static final Logger log = LoggerFactory.getLogger(ButtonHandler.class);

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String payload = turn.message().payload();
        if (payload == null || payload.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(payloads.handle(payload.strip(), turn));
        } catch (RuntimeException malformed) {
            log.info("Unreadable payload on {}: {}", turn.message().channel(), malformed.getClass().getName());
            return Optional.of(Mono.just(menu.welcome(turn)));
        }
    }
}
