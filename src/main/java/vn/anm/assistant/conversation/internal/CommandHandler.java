package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.phrases.PhraseRecognizer;

/** "menu", "hủy", "liên hệ" typed: they work anywhere outside the intake (and "menu", "liên hệ" leave it). */
record CommandHandler(PhraseRecognizer phrases, MenuReplies menu) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        return phrases.recognize(turn.text()).filter(p -> !p.isSmallTalk()).map(phrase -> Mono.just(switch (phrase) {
            case CANCEL -> menu.cancelled(turn);
            case CONTACTS -> menu.contacts(turn);
            default -> menu.welcome(turn);
        }));
    }
}
