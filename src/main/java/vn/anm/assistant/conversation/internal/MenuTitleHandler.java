package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.TextFolding;

/** A main-menu button's title typed instead of pressed ("pháp luật"): as if pressed. */
record MenuTitleHandler(MenuReplies menu, PayloadHandler payloads) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        return menu.payloadForTitle(TextFolding.fold(turn.text())).map(payload -> payloads.handle(payload, turn));
    }
}
