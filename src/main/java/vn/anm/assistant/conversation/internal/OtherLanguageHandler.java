package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;

/** Text in another language: one line saying the assistant answers in Vietnamese, and the menu. */
record OtherLanguageHandler(MenuReplies menu) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        return OtherLanguage.detect(turn.text()) ? Optional.of(Mono.just(menu.otherLanguage(turn))) : Optional.empty();
    }
}
