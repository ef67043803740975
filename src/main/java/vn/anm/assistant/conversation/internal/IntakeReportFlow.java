package vn.anm.assistant.conversation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.report.IncompleteReport;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.Reporter;

/**
 * The report intake, offered only while somebody reads reports (otherwise the how-to-report topic
 * answers): consent first (nothing is stored without an explicit "Đồng ý"; what is neither yes nor no
 * is asked again), then one
 * question a turn, the draft saved through {@link ReportIntake} after every answer, a summary to
 * confirm, and the reference code only once the report is committed. The draft's {@code step} is the
 * cursor, so a draft left half-way can be resumed later, even after a restart.
 */
final class IntakeReportFlow implements ReportFlow {

    private static final Logger log = LoggerFactory.getLogger(IntakeReportFlow.class);
    /** How long after filing a repeated "Gửi" still shows the code (a conversation's idle timeout). */
    private static final Duration RESEND_WINDOW = Duration.ofMinutes(30);

    private final ReportIntake intake;
    private final IntakeReplies replies;
    private final IntakeAnswers answers;

    IntakeReportFlow(ReportIntake intake, IntakeReplies replies, IntakeAnswers answers) {
        this.intake = intake;
        this.replies = replies;
        this.answers = answers;
    }

    @Override
    public Mono<Turn> start(InboundMessage message, ConversationState state, Instant now) {
        if (!replies.offered()) {
            return Mono.just(replies.howToReport(state, now));
        }
        return intake.loadDraft(reporter(message))
                .map(draft -> replies.resumeOffer(state, now))
                .switchIfEmpty(Mono.fromSupplier(() -> replies.consent(state, now)));
    }

    @Override
    public boolean owns(ConversationState state) {
        return state.step().startsWith(IntakePayloads.PREFIX);
    }

    @Override
    public Mono<Turn> proceed(String text, InboundMessage message, ConversationState state, Instant now) {
        if (!replies.offered()) {
            // Nobody reads reports (any more): a draft can still be cancelled, nothing else is taken.
            return IntakeWords.cancels(text) ? cancel(message, state, now) : Mono.just(replies.howToReport(state, now));
        }
        if (state.step().equals(IntakeReplies.CONSENT_STEP)) {
            if (IntakeWords.consents(text)) {
                return consented(message, state, now);
            }
            // Only a clear no is a refusal; "ok", "có" or a story is asked again, and nothing is stored.
            return Mono.just(IntakeWords.declines(text) ? replies.declined(state, now) : replies.consentAgain(state, now));
        }
        if (state.step().equals(IntakeReplies.RESUME_STEP)) {
            if (IntakeWords.resumes(text)) {
                return withDraft(message, state, now, draft -> Mono.just(current(draft, null, state, now)));
            }
            if (IntakeWords.restarts(text)) {
                return restart(message, state, now);
            }
            if (IntakeWords.cancels(text)) {
                return cancel(message, state, now);
            }
            return Mono.just(replies.resumeOffer(state, now));
        }
        return withDraft(message, state, now, draft -> typed(text, draft, message, state, now));
    }

    @Override
    public Mono<Turn> press(String payload, InboundMessage message, ConversationState state, Instant now) {
        if (!replies.offered() && !payload.equals(IntakePayloads.CANCEL)) {
            return Mono.just(replies.howToReport(state, now));
        }
        return switch (payload) {
            case IntakePayloads.START -> start(message, state, now);
            case IntakePayloads.CONSENT -> consented(message, state, now);
            case IntakePayloads.DECLINE -> Mono.just(replies.declined(state, now));
            case IntakePayloads.RESTART -> restart(message, state, now);
            case IntakePayloads.CANCEL -> cancel(message, state, now);
            case IntakePayloads.SEND -> intake.loadDraft(reporter(message)).flatMap(draft -> pressed(payload, draft, message, state, now))
                    .switchIfEmpty(Mono.defer(() -> alreadySent(message, state, now)));
            default -> withDraft(message, state, now, draft -> pressed(payload, draft, message, state, now));
        };
    }

    private Mono<Turn> pressed(String payload, ReportDraft draft, InboundMessage message, ConversationState state, Instant now) {
        IntakeStep step = IntakeStep.of(draft.step());
        boolean editing = IntakeStep.editing(draft.step());
        if (payload.equals(IntakePayloads.SKIP)) {
            return skip(draft, step, editing, state, now);
        }
        if (payload.equals(IntakePayloads.BACK)) {
            return back(draft, step, editing, state, now);
        }
        if (payload.equals(IntakePayloads.NO_MONEY) && step == IntakeStep.MONEY) {
            return advance(draft.withMoneyLost(null), step, editing, state, now);
        }
        if (payload.equals(IntakePayloads.SEND) && step == IntakeStep.SUMMARY) {
            return submit(draft, state, now);
        }
        if (payload.equals(IntakePayloads.EDIT) && step == IntakeStep.SUMMARY) {
            return Mono.just(replies.editChoices(state, now));
        }
        if (payload.equals(IntakePayloads.SUMMARY) && draft.saysWhatHappened()) {
            return moveTo(draft, IntakeStep.SUMMARY, false, state, now);
        }
        if (payload.startsWith(IntakePayloads.EDIT_STEP) && draft.saysWhatHappened()) {
            Optional<IntakeStep> edited = IntakeStep.parse(payload.substring(IntakePayloads.EDIT_STEP.length()))
                    .filter(s -> s != IntakeStep.SUMMARY);
            if (edited.isPresent()) {
                return moveTo(draft, edited.get(), true, state, now);
            }
        }
        if (payload.startsWith(IntakePayloads.CHOICE)) {
            Optional<ReportDraft> answered = answers.choice(step, payload.substring(IntakePayloads.CHOICE.length()), draft);
            if (answered.isPresent()) {
                return advance(answered.get(), step, editing, state, now);
            }
        }
        return Mono.just(current(draft, null, state, now)); // a button of an older message: ask again where we are
    }

    private Mono<Turn> typed(String text, ReportDraft draft, InboundMessage message, ConversationState state, Instant now) {
        IntakeStep step = IntakeStep.of(draft.step());
        boolean editing = IntakeStep.editing(draft.step());
        if (IntakeWords.cancels(text)) {
            return cancel(message, state, now);
        }
        if (IntakeWords.goesBack(text)) {
            return back(draft, step, editing, state, now);
        }
        if (step == IntakeStep.SUMMARY) {
            if (IntakeWords.sends(text)) {
                return submit(draft, state, now);
            }
            if (IntakeWords.edits(text)) {
                return Mono.just(replies.editChoices(state, now));
            }
            return Mono.just(replies.summary(draft, replies.note("report.summary.hint"), state, now));
        }
        if (IntakeWords.skips(text)) {
            return skip(draft, step, editing, state, now);
        }
        Optional<ReportDraft> answered = answers.typed(step, text, draft);
        if (answered.isEmpty()) {
            return Mono.just(replies.ask(step, draft, editing, replies.note("report.invalid." + step.name()), state, now));
        }
        return advance(answered.get(), step, editing, state, now);
    }

    private Mono<Turn> consented(InboundMessage message, ConversationState state, Instant now) {
        Reporter reporter = reporter(message);
        return intake.loadDraft(reporter)
                .map(existing -> current(existing, null, state, now)) // consent pressed again: keep what was told
                .switchIfEmpty(Mono.defer(() -> save(ReportDraft.start(reporter, now), IntakeStep.KIND, false)
                        .map(draft -> replies.ask(IntakeStep.KIND, draft, false, replies.note("report.thanks-consent"), state, now))));
    }

    private Mono<Turn> skip(ReportDraft draft, IntakeStep step, boolean editing, ConversationState state, Instant now) {
        // Only the first question is required; answered already, "Giữ nguyên" keeps that answer.
        if (!step.optional() && !draft.saysWhatHappened()) {
            return Mono.just(replies.ask(step, draft, editing, replies.note("report.needed"), state, now));
        }
        return advance(draft, step, editing, state, now);
    }

    private Mono<Turn> back(ReportDraft draft, IntakeStep step, boolean editing, ConversationState state, Instant now) {
        if (editing) {
            return moveTo(draft, IntakeStep.SUMMARY, false, state, now);
        }
        Optional<IntakeStep> previous = step.previous(draft);
        if (previous.isEmpty()) {
            return Mono.just(replies.ask(step, draft, false, replies.note("report.first-question"), state, now));
        }
        return moveTo(draft, previous.get(), false, state, now);
    }

    private Mono<Turn> advance(ReportDraft draft, IntakeStep step, boolean editing, ConversationState state, Instant now) {
        IntakeStep next = editing ? IntakeStep.SUMMARY : step.next(draft);
        return moveTo(draft, next, false, state, now);
    }

    private Mono<Turn> moveTo(ReportDraft draft, IntakeStep step, boolean editing, ConversationState state, Instant now) {
        return save(draft, step, editing).map(saved -> replies.ask(step, saved, editing, null, state, now));
    }

    private Mono<ReportDraft> save(ReportDraft draft, IntakeStep step, boolean editing) {
        ReportDraft next = draft.withStep(step.cursor(editing));
        return intake.saveDraft(next).thenReturn(next);
    }

    private Mono<Turn> submit(ReportDraft draft, ConversationState state, Instant now) {
        return intake.submit(draft)
                .map(report -> replies.submitted(report, draft, state, now))
                .onErrorResume(IncompleteReport.class, e -> save(draft, IntakeStep.KIND, false)
                        .map(saved -> replies.ask(IntakeStep.KIND, saved, false, replies.note("report.needed"), state, now)))
                .onErrorResume(e -> {
                    // Only the exception type: no personal data in the log.
                    log.warn("Report submission failed: {}", e.getClass().getName());
                    return Mono.just(replies.notSent(state, now));
                });
    }

    private Mono<Turn> cancel(InboundMessage message, ConversationState state, Instant now) {
        return intake.deleteDraft(reporter(message)).thenReturn(replies.cancelled(state, now));
    }

    private Mono<Turn> restart(InboundMessage message, ConversationState state, Instant now) {
        return intake.deleteDraft(reporter(message)).thenReturn(replies.consent(state, now));
    }

    private Turn current(ReportDraft draft, @Nullable String note, ConversationState state, Instant now) {
        return replies.ask(IntakeStep.of(draft.step()), draft, IntakeStep.editing(draft.step()), note, state, now);
    }

    /** "Gửi" with no draft left: the report it filed moments ago, shown again, rather than "no draft". */
    private Mono<Turn> alreadySent(InboundMessage message, ConversationState state, Instant now) {
        return intake.lastSubmitted(reporter(message), RESEND_WINDOW).map(report -> replies.alreadySubmitted(report, state, now))
                .switchIfEmpty(Mono.fromSupplier(() -> replies.noDraft(state, now)));
    }

    private Mono<Turn> withDraft(InboundMessage message, ConversationState state, Instant now, Function<ReportDraft, Mono<Turn>> next) {
        return intake.loadDraft(reporter(message)).flatMap(next).switchIfEmpty(Mono.fromSupplier(() -> replies.noDraft(state, now)));
    }

    static Reporter reporter(InboundMessage message) {
        return new Reporter(message.channel().name(), message.userId());
    }
}
