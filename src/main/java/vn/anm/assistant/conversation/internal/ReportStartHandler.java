package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;

/** "trình báo", "tôi muốn trình báo"… typed as the whole message: the report intake starts (or offers to go on). */
record ReportStartHandler(ReportFlow report, PhraseMatcher words) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        return words.says(Words.REPORT_START, turn.text()) ? Optional.of(report.start(turn)) : Optional.empty();
    }
}
