package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;

/** "Xóa dữ liệu của tôi", typed anywhere (also inside the intake), and the typed answer to its confirmation. */
record DeletionHandler(PersonalDataDeletion deletion) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String text = turn.text();
        if (deletion.requested(text)) {
            return Optional.of(Mono.just(deletion.ask(turn)));
        }
        if (deletion.owns(turn.state())) {
            return Optional.of(deletion.answer(text, turn));
        }
        return Optional.empty();
    }
}
