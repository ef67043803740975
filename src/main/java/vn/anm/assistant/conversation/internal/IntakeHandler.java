package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.phrases.Phrase;
import vn.anm.assistant.conversation.phrases.PhraseRecognizer;

/**
 * While the report intake is under way it gets every typed message — "hủy", "bỏ qua", "quay lại" mean something
 * inside it — except "menu" and "liên hệ", which leave it (the draft is kept).
 */
record IntakeHandler(ReportFlow report, PhraseRecognizer phrases) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String text = turn.text();
        if (!report.owns(turn.state()) || leavesFlow(text)) {
            return Optional.empty();
        }
        return Optional.of(report.proceed(text, turn));
    }

    private boolean leavesFlow(String text) {
        return phrases.recognize(text).filter(p -> p == Phrase.MENU || p == Phrase.CONTACTS).isPresent();
    }
}
