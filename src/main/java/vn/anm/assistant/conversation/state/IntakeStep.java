package vn.anm.assistant.conversation.state;

import java.util.Optional;

import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.report.ReportDraft;

/**
 * The questions of the report intake, in the order they are asked, then the summary. Only
 * {@link #KIND} must be answered; every other question can be skipped with "Bỏ qua".
 * {@link #MONEY_BANK} is asked only when money was lost and the bank was not named with the amount.
 */
public enum IntakeStep {
    KIND(Need.REQUIRED), WHEN(Need.OPTIONAL), CONTACT(Need.OPTIONAL), COUNTERPART(Need.OPTIONAL), MONEY(Need.OPTIONAL),
    MONEY_BANK(Need.OPTIONAL), COMMUNE(Need.OPTIONAL), PHONE(Need.OPTIONAL), NOTES(Need.OPTIONAL), SUMMARY(Need.REQUIRED);

    private enum Need {
        REQUIRED, OPTIONAL
    }

    private final Need need;

    IntakeStep(Need need) {
        this.need = need;
    }

    public boolean optional() {
        return need == Need.OPTIONAL;
    }

    /** The question after this one for this draft. */
    public IntakeStep next(ReportDraft draft) {
        IntakeStep next = values()[Math.min(ordinal() + 1, SUMMARY.ordinal())];
        return next == MONEY_BANK && !asksBank(draft) ? next.next(draft) : next;
    }

    /** The question before this one for this draft; empty on the first. */
    public Optional<IntakeStep> previous(ReportDraft draft) {
        if (this == KIND) {
            return Optional.empty();
        }
        IntakeStep previous = values()[ordinal() - 1];
        return previous == MONEY_BANK && !asksBank(draft) ? previous.previous(draft) : Optional.of(previous);
    }

    /**
     * Where a draft left half-way goes on once the conversation that asked it has ended: the question after the
     * last one answered, so what was skipped stays skipped.
     */
    public static IntakeStep resumeAt(ReportDraft draft) {
        IntakeStep last = null;
        for (IntakeStep step : values()) {
            if (step != SUMMARY && answered(step, draft)) {
                last = step;
            }
        }
        return last == null ? KIND : last.next(draft);
    }

    private static boolean answered(IntakeStep step, ReportDraft draft) {
        return switch (step) {
            case KIND -> draft.saysWhatHappened();
            case WHEN -> draft.answers().occurredWhen() != null;
            case CONTACT -> draft.answers().contactChannel() != null;
            case COUNTERPART -> !draft.answers().counterpart().isEmpty();
            case MONEY -> draft.answers().moneyLost() != null;
            case MONEY_BANK -> draft.answers().moneyLost() != null && draft.answers().moneyLost().bank() != null;
            case COMMUNE -> draft.answers().commune() != null;
            case PHONE -> draft.answers().callbackPhone() != null;
            case NOTES -> draft.answers().notes() != null;
            case SUMMARY -> false;
        };
    }

    /** The bank is asked only when money was lost and the answer did not already name it. */
    private static boolean asksBank(ReportDraft draft) {
        return draft.answers().moneyLost() != null && draft.answers().moneyLost().bank() == null;
    }

    /** The decision a turn asking this question reports ({@code REPORT_WHEN}…). */
    public TurnKind decision() {
        return TurnKind.valueOf("REPORT_" + name());
    }

    public static Optional<IntakeStep> parse(String name) {
        for (IntakeStep step : values()) {
            if (step.name().equals(name)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
