package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;

/** A button of the report intake ({@code report:…}), pressed now or from an older message. */
record IntakeButtonHandler(ReportFlow report) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String payload = turn.message().payload();
        if (payload == null || !payload.strip().startsWith(IntakePayloads.PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(report.press(payload.strip(), turn));
    }
}
