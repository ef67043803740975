package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;

/** "?", "...", an emoji: no letter or digit to search for, so the menu rather than "not found". */
record NoWordsHandler(MenuReplies menu) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        if (turn.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        return Optional.of(Mono.just(menu.welcome(turn)));
    }
}
