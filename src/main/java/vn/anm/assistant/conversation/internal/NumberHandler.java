package vn.anm.assistant.conversation.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.KnowledgeBase;

/** "2", "số 2": the second of the topics just offered; a number with nothing to pick from shows the menu. */
record NumberHandler(MenuReplies menu, AnswerReplies answers, KnowledgeBase knowledgeBase) implements TurnHandler {

    private static final Pattern NUMBER = Pattern.compile("\\s*(?:số\\s*)?(\\d{1,2})\\s*[.)]?\\s*");

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        Matcher number = NUMBER.matcher(turn.text());
        if (!number.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(number.group(1)) - 1;
        if (index >= 0 && index < turn.state().offered().size()) {
            return Optional.of(Mono.just(knowledgeBase.topic(turn.state().offered().get(index))
                    .map(topic -> answers.answer(topic, turn)).orElseGet(() -> answers.unknownTopic(turn))));
        }
        return Optional.of(Mono.just(menu.welcome(turn)));
    }
}
