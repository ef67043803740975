package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;

/** No text: the menu for an empty message, a short note for a picture, sticker or voice message. */
record NoTextHandler(MenuReplies menu) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String text = turn.text();
        if (text != null && !text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Mono.just(turn.message().attachmentKinds().isEmpty() ? menu.welcome(turn) : menu.attachment(turn)));
    }
}
