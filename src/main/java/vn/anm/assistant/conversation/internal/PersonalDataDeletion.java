package vn.anm.assistant.conversation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.ReportIntake;

/**
 * "Xóa dữ liệu của tôi", typed anywhere: asks for a confirmation, then deletes the person's report
 * draft, the reports they sent from this chat account and what the conversation remembers of them, and
 * says what was deleted and what stays: unanswered questions (numbers masked, names and addresses not)
 * and 👍/👎 are kept without any user id, and messages stay in the Zalo or Messenger app.
 */
final class PersonalDataDeletion {

    static final String CONFIRM_STEP = "delete:confirm";
    static final String CONFIRM = "delete:confirm";
    static final String KEEP = "delete:keep";

    private final ReportIntake intake;
    private final MenuReplies menu;
    private final ReplyTexts texts;
    private final long keptDays;

    /** {@code kept}: how long the unanswered questions and votes that stay are kept (anm.conversation.record-retention). */
    PersonalDataDeletion(ReportIntake intake, MenuReplies menu, ReplyTexts texts, Duration kept) {
        this.intake = intake;
        this.menu = menu;
        this.texts = texts;
        this.keptDays = kept.toDays();
    }

    boolean requested(String text) {
        return IntakeWords.asksDeletion(text);
    }

    boolean owns(ConversationState state) {
        return state.step().equals(CONFIRM_STEP);
    }

    boolean handles(String payload) {
        return payload.equals(CONFIRM) || payload.equals(KEEP);
    }

    Turn ask(ConversationState state, Instant now) {
        return Turn.of(TurnKind.DELETE_CONFIRM, state.withStep(CONFIRM_STEP, List.of(), now),
                new Reply(texts.get("delete.confirm"), List.of(new Button(texts.get("button.delete"), CONFIRM),
                        new Button(texts.get("button.keep"), KEEP)), null));
    }

    /** A typed answer to the confirmation: only a clear yes deletes. */
    Mono<Turn> answer(String text, InboundMessage message, ConversationState state, Instant now) {
        return IntakeWords.confirmsDeletion(text) ? delete(message, state, now) : Mono.just(kept(state, now));
    }

    Mono<Turn> press(String payload, InboundMessage message, ConversationState state, Instant now) {
        if (payload.equals(KEEP)) {
            return Mono.just(kept(state, now));
        }
        // "Xóa dữ liệu" pressed now, or from an older message: then ask again rather than delete unasked.
        return owns(state) ? delete(message, state, now) : Mono.just(ask(state, now));
    }

    private Mono<Turn> delete(InboundMessage message, ConversationState state, Instant now) {
        return intake.deleteEverythingOf(IntakeReportFlow.reporter(message))
                .map(deleted -> Turn.forgetting(TurnKind.DATA_DELETED, ConversationState.start(now),
                        new Reply(texts.get("delete.done", deleted.drafts(), deleted.reports(), keptDays), List.of(menu.menuButton()), null)));
    }

    private Turn kept(ConversationState state, Instant now) {
        return Turn.of(TurnKind.DELETE_KEPT, state.withStep(ConversationState.IDLE, List.of(), now),
                new Reply(texts.get("delete.kept"), menu.mainMenu(), null));
    }
}
