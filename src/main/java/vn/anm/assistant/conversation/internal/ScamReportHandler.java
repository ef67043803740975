package vn.anm.assistant.conversation.internal;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.scamcheck.ItemKind;
import vn.anm.assistant.scamcheck.ScamCheck;

/** "Báo số/đường link này" pressed after a scam check: the item goes into the review queue, never onto the blocklist directly. */
record ScamReportHandler(ScamCheck check, MenuReplies menu) implements TurnHandler {

    /** The button's payload: this prefix, the item's kind, ':', the item. */
    static final String REPORT = "scamcheck:report:";

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String payload = turn.message().payload();
        if (payload == null || !payload.strip().startsWith(REPORT)) {
            return Optional.empty();
        }
        String rest = payload.strip().substring(REPORT.length());
        int colon = rest.indexOf(':');
        Mono<Void> queued = Mono.empty();
        if (colon > 0) {
            try {
                ItemKind kind = ItemKind.valueOf(rest.substring(0, colon));
                queued = check.report(kind, rest.substring(colon + 1), turn.message().channel().name());
            } catch (IllegalArgumentException forged) {
                // an unknown kind: thank all the same, nothing is queued
            }
        }
        return Optional.of(queued.thenReturn(Turn.of(TurnKind.SCAM_REPORTED, turn.next(new Step.ScamChecked()),
                new Reply(check.reportedThanks(), List.of(menu.menuButton()), null))));
    }
}
