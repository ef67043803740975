package vn.anm.assistant.conversation.internal;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.ReportIntake;

/**
 * "Xóa dữ liệu của tôi", typed anywhere: asks for a confirmation, then deletes the person's report
 * draft, the reports they sent from this chat account and what the conversation remembers of them, and
 * says what was deleted and what stays: unanswered questions (numbers masked, names and addresses not)
 * and 👍/👎 are kept without any user id, and messages stay in the Zalo or Messenger app.
 */
final class PersonalDataDeletion {

    static final String CONFIRM = "delete:confirm";
    static final String KEEP = "delete:keep";

    private final ReportIntake intake;
    private final PhraseMatcher words;
    private final MenuReplies menu;
    private final ReplyTexts texts;
    private final long keptDays;

    /** {@code kept}: how long the unanswered questions and votes that stay are kept (anm.conversation.record-retention). */
    PersonalDataDeletion(ReportIntake intake, PhraseMatcher words, MenuReplies menu, ReplyTexts texts, Duration kept) {
        this.intake = intake;
        this.words = words;
        this.menu = menu;
        this.texts = texts;
        this.keptDays = kept.toDays();
    }

    boolean requested(String text) {
        return words.says(Words.DELETE, text);
    }

    boolean owns(ConversationState state) {
        return state.step() instanceof Step.ConfirmingDeletion;
    }

    boolean handles(String payload) {
        return payload.equals(CONFIRM) || payload.equals(KEEP);
    }

    Turn ask(TurnContext turn) {
        return Turn.of(TurnKind.DELETE_CONFIRM, turn.next(new Step.ConfirmingDeletion()),
                new Reply(texts.get("delete.confirm"), List.of(new Button(texts.get("button.delete"), CONFIRM),
                        new Button(texts.get("button.keep"), KEEP)), null));
    }

    /** A typed answer to the confirmation: only a clear yes deletes. */
    Mono<Turn> answer(String text, TurnContext turn) {
        return words.says(Words.CONFIRM_DELETE, text) ? delete(turn) : Mono.just(kept(turn));
    }

    Mono<Turn> press(String payload, TurnContext turn) {
        if (payload.equals(KEEP)) {
            return Mono.just(Turn.of(TurnKind.DELETE_KEPT, turn.next(Step.IDLE), new Reply(texts.get("delete.kept"), menu.mainMenu(), null)));
        }
        // "Xóa dữ liệu" pressed now, or from an older message: then ask again rather than delete unasked.
        return owns(turn.state()) ? delete(turn) : Mono.just(ask(turn));
    }

    private Mono<Turn> delete(TurnContext turn) {
        return intake.deleteEverythingOf(IntakeReportFlow.reporter(turn.message()))
                .map(deleted -> Turn.forgetting(TurnKind.DATA_DELETED, ConversationState.start(turn.now()),
                        new Reply(texts.get("delete.done", deleted.drafts(), deleted.reports(), keptDays), List.of(menu.menuButton()), null)));
    }

    private Turn kept(TurnContext turn) {
        return Turn.of(TurnKind.DELETE_KEPT, turn.next(Step.IDLE),
                new Reply(texts.get("delete.kept"), menu.mainMenu(), null));
    }
}
