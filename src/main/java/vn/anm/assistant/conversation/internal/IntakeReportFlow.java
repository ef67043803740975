package vn.anm.assistant.conversation.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.IntakeStep;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.conversation.state.Step.Intake.Mode;
import vn.anm.assistant.report.IncompleteReport;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.Reporter;

/**
 * The report intake, offered only while somebody reads reports (otherwise the how-to-report topic
 * answers): consent first (nothing is stored without an explicit "Đồng ý"; what is neither yes nor no
 * is asked again), then one question a turn, the draft saved through {@link ReportIntake} after every
 * answer, a summary to confirm, and the reference code only once the report is committed. The question
 * asked is the conversation's {@link Step.Intake}; a draft taken up again after the conversation ended
 * goes on after its last answer ({@link IntakeStep#resumeAt}).
 */
final class IntakeReportFlow implements ReportFlow {

    private static final Logger log = LoggerFactory.getLogger(IntakeReportFlow.class);
    /** How long after filing a repeated "Gửi" still shows the code (a conversation's idle timeout). */
    private static final Duration RESEND_WINDOW = Duration.ofMinutes(30);

    private final ReportIntake intake;
    private final IntakeReplies replies;
    private final IntakeAnswers answers;
    private final PhraseMatcher words;

    IntakeReportFlow(ReportIntake intake, IntakeReplies replies, IntakeAnswers answers, PhraseMatcher words) {
        this.intake = intake;
        this.replies = replies;
        this.answers = answers;
        this.words = words;
    }

    @Override
    public Mono<Turn> start(TurnContext turn) {
        if (!replies.offered()) {
            return Mono.fromSupplier(() -> replies.howToReport(turn));
        }
        return intake.loadDraft(reporter(turn.message()))
                .map(draft -> replies.resumeOffer(turn))
                .switchIfEmpty(Mono.fromSupplier(() -> replies.consent(turn)));
    }

    @Override
    public boolean owns(ConversationState state) {
        return state.step() instanceof Step.Consenting || state.step() instanceof Step.ResumeOffered
                || state.step() instanceof Step.Intake;
    }

    @Override
    public Mono<Turn> proceed(String text, TurnContext turn) {
        if (!replies.offered()) {
            // Nobody reads reports (any more): a draft can still be cancelled, nothing else is taken.
            return words.says(Words.INTAKE_CANCEL, text) ? cancel(turn) : Mono.fromSupplier(() -> replies.howToReport(turn));
        }
        Step step = turn.state().step();
        if (step instanceof Step.Consenting) {
            // only a clear no is a refusal; "ok", "có" or a story is asked again, and nothing is stored
            if (words.says(Words.CONSENT, text)) {
                return consented(turn);
            }
            boolean declined = words.says(Words.DECLINE, text);
            return Mono.fromSupplier(() -> declined ? replies.declined(turn) : replies.consentAgain(turn));
        }
        if (step instanceof Step.ResumeOffered) {
            if (words.says(Words.RESUME, text)) {
                return withDraft(turn, draft -> Mono.just(replies.ask(cursor(draft, turn), draft, null, turn)));
            }
            if (words.says(Words.RESTART, text)) {
                return restart(turn);
            }
            return words.says(Words.INTAKE_CANCEL, text) ? cancel(turn) : Mono.fromSupplier(() -> replies.resumeOffer(turn));
        }
        return withDraft(turn, draft -> typed(text, draft, cursor(draft, turn), turn));
    }

    @Override
    public Mono<Turn> press(String payload, TurnContext turn) {
        if (!replies.offered() && !payload.equals(IntakePayloads.CANCEL)) {
            return Mono.fromSupplier(() -> replies.howToReport(turn));
        }
        return switch (payload) {
            case IntakePayloads.START -> start(turn);
            case IntakePayloads.CONSENT -> consented(turn);
            case IntakePayloads.DECLINE -> Mono.fromSupplier(() -> replies.declined(turn));
            case IntakePayloads.RESTART -> restart(turn);
            case IntakePayloads.CANCEL -> cancel(turn);
            case IntakePayloads.SEND -> intake.loadDraft(reporter(turn.message()))
                    .flatMap(draft -> pressed(payload, draft, cursor(draft, turn), turn))
                    .switchIfEmpty(Mono.defer(() -> alreadySent(turn)));
            default -> withDraft(turn, draft -> pressed(payload, draft, cursor(draft, turn), turn));
        };
    }

    private Mono<Turn> pressed(String payload, ReportDraft draft, Step.Intake at, TurnContext turn) {
        IntakeStep step = at.question();
        if (payload.equals(IntakePayloads.SKIP)) {
            return skip(draft, at, turn);
        }
        if (payload.equals(IntakePayloads.BACK)) {
            return back(draft, at, turn);
        }
        if (payload.equals(IntakePayloads.NO_MONEY) && step == IntakeStep.MONEY) {
            ReportDraft none = draft.change(a -> a.moneyLost = null);
            return moveTo(none, after(at, none), null, turn);
        }
        if (payload.equals(IntakePayloads.SEND) && step == IntakeStep.SUMMARY) {
            return submit(draft, turn);
        }
        if (payload.equals(IntakePayloads.EDIT) && step == IntakeStep.SUMMARY) {
            return Mono.just(replies.editChoices(turn));
        }
        if (payload.equals(IntakePayloads.SUMMARY) && draft.saysWhatHappened()) {
            return moveTo(draft, IntakeReplies.SUMMARY, null, turn);
        }
        Optional<IntakeStep> edited = payload.startsWith(IntakePayloads.EDIT_STEP) && draft.saysWhatHappened()
                ? IntakeStep.parse(payload.substring(IntakePayloads.EDIT_STEP.length())).filter(s -> s != IntakeStep.SUMMARY)
                : Optional.empty();
        if (edited.isPresent()) {
            return moveTo(draft, new Step.Intake(edited.get(), Mode.FROM_SUMMARY), null, turn);
        }
        Optional<ReportDraft> answered = payload.startsWith(IntakePayloads.CHOICE)
                ? answers.choice(step, payload.substring(IntakePayloads.CHOICE.length()), draft) : Optional.empty();
        if (answered.isPresent()) {
            return moveTo(answered.get(), after(at, answered.get()), null, turn);
        }
        return Mono.just(replies.ask(at, draft, null, turn)); // a button of an older message: ask again where we are
    }

    private Mono<Turn> typed(String text, ReportDraft draft, Step.Intake at, TurnContext turn) {
        if (words.says(Words.INTAKE_CANCEL, text)) {
            return cancel(turn);
        }
        if (words.says(Words.BACK, text)) {
            return back(draft, at, turn);
        }
        if (at.question() == IntakeStep.SUMMARY) {
            if (words.says(Words.SEND, text)) {
                return submit(draft, turn);
            }
            return Mono.just(words.says(Words.EDIT, text) ? replies.editChoices(turn)
                    : replies.summary(draft, replies.note("report.summary.hint"), turn));
        }
        if (words.says(Words.SKIP, text)) {
            return skip(draft, at, turn);
        }
        Optional<ReportDraft> answered = answers.typed(at.question(), text, draft);
        if (answered.isEmpty()) {
            return Mono.just(replies.ask(at, draft, replies.note("report.invalid." + at.question().name()), turn));
        }
        return moveTo(answered.get(), after(at, answered.get()), null, turn);
    }

    private Mono<Turn> consented(TurnContext turn) {
        Reporter reporter = reporter(turn.message());
        return intake.loadDraft(reporter)
                .map(existing -> replies.ask(cursor(existing, turn), existing, null, turn)) // consent pressed again: keep what was told
                .switchIfEmpty(Mono.defer(() -> moveTo(ReportDraft.start(reporter, turn.now()), first(), replies.note("report.thanks-consent"), turn)));
    }

    /** Only the first question is required; answered already, "Giữ nguyên" keeps that answer. */
    private Mono<Turn> skip(ReportDraft draft, Step.Intake at, TurnContext turn) {
        if (!at.question().optional() && !draft.saysWhatHappened()) {
            return Mono.just(replies.ask(at, draft, replies.note("report.needed"), turn));
        }
        return moveTo(draft, after(at, draft), null, turn);
    }

    private Mono<Turn> back(ReportDraft draft, Step.Intake at, TurnContext turn) {
        if (at.fromSummary()) {
            return moveTo(draft, IntakeReplies.SUMMARY, null, turn);
        }
        Optional<IntakeStep> previous = at.question().previous(draft);
        if (previous.isEmpty()) {
            return Mono.just(replies.ask(at, draft, replies.note("report.first-question"), turn));
        }
        return moveTo(draft, new Step.Intake(previous.get(), Mode.IN_ORDER), null, turn);
    }

    /** The question after {@code at}: the next one in order, or the summary again after a change made from it. */
    private static Step.Intake after(Step.Intake at, ReportDraft draft) {
        return at.fromSummary() ? IntakeReplies.SUMMARY : new Step.Intake(at.question().next(draft), Mode.IN_ORDER);
    }

    private static Step.Intake first() {
        return new Step.Intake(IntakeStep.KIND, Mode.IN_ORDER);
    }

    /** The question asked in this conversation; a draft taken up again goes on after its last answer. */
    private static Step.Intake cursor(ReportDraft draft, TurnContext turn) {
        return turn.state().step() instanceof Step.Intake at ? at : new Step.Intake(IntakeStep.resumeAt(draft), Mode.IN_ORDER);
    }

    /** Saves the draft (every move keeps it from expiring), then asks where {@code to} points. */
    private Mono<Turn> moveTo(ReportDraft draft, Step.Intake to, @Nullable String note, TurnContext turn) {
        return intake.saveDraft(draft).then(Mono.fromSupplier(() -> replies.ask(to, draft, note, turn)));
    }

    private Mono<Turn> submit(ReportDraft draft, TurnContext turn) {
        return intake.submit(draft)
                .map(report -> replies.submitted(report, draft, turn))
                .onErrorResume(IncompleteReport.class, e -> moveTo(draft, first(), replies.note("report.needed"), turn))
                .onErrorResume(e -> {
                    // Only the exception type: no personal data in the log.
                    log.warn("Report submission failed: {}", e.getClass().getName());
                    return Mono.just(replies.notSent(turn));
                });
    }

    private Mono<Turn> cancel(TurnContext turn) {
        return intake.deleteDraft(reporter(turn.message())).then(Mono.fromSupplier(() -> replies.cancelled(turn)));
    }

    private Mono<Turn> restart(TurnContext turn) {
        return intake.deleteDraft(reporter(turn.message())).then(Mono.fromSupplier(() -> replies.consent(turn)));
    }

    /** "Gửi" with no draft left: the report it filed moments ago, shown again, rather than "no draft". */
    private Mono<Turn> alreadySent(TurnContext turn) {
        return intake.lastSubmitted(reporter(turn.message()), RESEND_WINDOW).map(report -> replies.alreadySubmitted(report, turn))
                .switchIfEmpty(Mono.fromSupplier(() -> replies.noDraft(turn)));
    }

    private Mono<Turn> withDraft(TurnContext turn, Function<ReportDraft, Mono<Turn>> next) {
        return intake.loadDraft(reporter(turn.message())).flatMap(next).switchIfEmpty(Mono.fromSupplier(() -> replies.noDraft(turn)));
    }

    static Reporter reporter(InboundMessage message) {
        return new Reporter(message.channel().name(), message.userId());
    }
}
