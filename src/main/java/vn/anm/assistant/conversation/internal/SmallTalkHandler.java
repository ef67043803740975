package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.phrases.Phrase;
import vn.anm.assistant.conversation.phrases.PhraseRecognizer;

/**
 * "chào", "cảm ơn", "ok", "tạm biệt": a short reply and the menu. A first "chào" gets the whole welcome; a first
 * "cảm ơn" or "ok" a one-line one with the reply.
 */
record SmallTalkHandler(PhraseRecognizer phrases, MenuReplies menu) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        return phrases.recognize(turn.text()).filter(Phrase::isSmallTalk).map(phrase -> Mono.just(
                !turn.firstTurn() || phrase == Phrase.GOODBYE ? menu.smallTalk(phrase, turn)
                        : phrase == Phrase.GREETING ? menu.welcome(turn) : menu.firstSmallTalk(phrase, turn)));
    }
}
