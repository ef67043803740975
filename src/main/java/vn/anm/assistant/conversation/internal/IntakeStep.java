package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.report.ReportDraft;

/**
 * The questions of the report intake, in the order they are asked, then the summary. Only
 * {@link #KIND} must be answered; every other question can be skipped with "Bỏ qua".
 * {@link #MONEY_BANK} is asked only when money was lost and the bank was not named with the amount.
 */
enum IntakeStep {
    KIND(false), WHEN(true), CONTACT(true), COUNTERPART(true), MONEY(true), MONEY_BANK(true), COMMUNE(true),
    PHONE(true), NOTES(true), SUMMARY(false);

    /** The draft's {@code step} of a question asked again from the summary ("Sửa"). */
    private static final String EDIT = "edit:";

    private final boolean optional;

    IntakeStep(boolean optional) {
        this.optional = optional;
    }

    boolean optional() {
        return optional;
    }

    /** The question after this one for this draft. */
    IntakeStep next(ReportDraft draft) {
        IntakeStep next = values()[Math.min(ordinal() + 1, SUMMARY.ordinal())];
        return next == MONEY_BANK && !asksBank(draft) ? next.next(draft) : next;
    }

    /** The question before this one for this draft; empty on the first. */
    Optional<IntakeStep> previous(ReportDraft draft) {
        if (this == KIND) {
            return Optional.empty();
        }
        IntakeStep previous = values()[ordinal() - 1];
        return previous == MONEY_BANK && !asksBank(draft) ? previous.previous(draft) : Optional.of(previous);
    }

    /** The bank is asked only when money was lost and the answer did not already name it. */
    private static boolean asksBank(ReportDraft draft) {
        return draft.moneyLost() != null && draft.moneyLost().bank() == null;
    }

    /** The decision a turn asking this question reports ({@code REPORT_WHEN}…). */
    String decision() {
        return "REPORT_" + name();
    }

    String cursor(boolean editing) {
        return editing && this != SUMMARY ? EDIT + name() : name();
    }

    static boolean editing(@Nullable String cursor) {
        return cursor != null && cursor.startsWith(EDIT);
    }

    /** The step a draft's cursor points at; a draft without one starts at the first question. */
    static IntakeStep of(@Nullable String cursor) {
        if (cursor == null) {
            return KIND;
        }
        String name = editing(cursor) ? cursor.substring(EDIT.length()) : cursor;
        return parse(name).orElse(KIND);
    }

    static Optional<IntakeStep> parse(String name) {
        for (IntakeStep step : values()) {
            if (step.name().equals(name)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
