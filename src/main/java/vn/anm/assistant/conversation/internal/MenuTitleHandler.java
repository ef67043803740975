package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.TextFolding;

/** A main-menu button's title typed instead of pressed ("pháp luật"): the reply its button gives. */
record MenuTitleHandler(MenuReplies menu, AnswerReplies answers, KnowledgeBase knowledgeBase) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        return menu.payloadForTitle(TextFolding.fold(turn.text())).map(payload -> Mono.just(
                payload.startsWith(Payloads.GROUP) ? menu.group(payload.substring(Payloads.GROUP.length()), 1, turn).orElseGet(() -> menu.welcome(turn))
                        : payload.equals(Payloads.CONTACTS) ? menu.contacts(turn)
                        : payload.startsWith(Payloads.TOPIC) ? knowledgeBase.topic(payload.substring(Payloads.TOPIC.length()))
                                .map(topic -> answers.answer(topic, turn)).orElseGet(() -> answers.unknownTopic(turn))
                        : menu.welcome(turn)));
    }
}
