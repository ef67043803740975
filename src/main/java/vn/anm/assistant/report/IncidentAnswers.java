package vn.anm.assistant.report;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * What a reporter told about the incident, every answer optional. {@link #change} gives the answers with some of
 * them changed ({@code answers.change(a -> a.kind = IncidentKind.LOAN)}). {@link #toString()} shows no personal data.
 *
 * @param kind           the type picked from the list
 * @param whatHappened   what happened, in their words
 * @param occurredWhen   when it happened, as told ("sáng nay khoảng 9 giờ")
 * @param contactChannel how the other side made contact
 * @param counterpart    the other side's phone numbers, links, accounts, bank account
 * @param moneyLost      money lost, if any
 * @param commune        the reporter's commune or ward
 * @param callbackPhone  a phone number to call the reporter back
 * @param notes          anything else
 */
public record IncidentAnswers(@Nullable IncidentKind kind, @Nullable String whatHappened, @Nullable String occurredWhen,
        @Nullable ContactChannel contactChannel, Counterpart counterpart, @Nullable MoneyLost moneyLost, @Nullable String commune,
        @Nullable String callbackPhone, @Nullable String notes) {

    public static final IncidentAnswers NONE = new IncidentAnswers(null, null, null, null, Counterpart.NONE, null, null, null, null);

    public IncidentAnswers {
        counterpart = counterpart == null ? Counterpart.NONE : counterpart;
    }

    /** Whether they said what happened: the type, or in their own words (needed to submit). */
    public boolean saysWhatHappened() {
        return kind != null || (whatHappened != null && !whatHappened.isBlank());
    }

    /** These answers with what {@code change} sets changed. */
    public IncidentAnswers change(Consumer<Change> change) {
        Change next = new Change(this);
        change.accept(next);
        return next.answers();
    }

    @Override
    public String toString() {
        return "IncidentAnswers[kind=" + kind + ", contactChannel=" + contactChannel + "]";
    }

    /** The answers being changed, inside {@link #change} only: assign the ones that change. */
    public static final class Change {

        public @Nullable IncidentKind kind;
        public @Nullable String whatHappened;
        public @Nullable String occurredWhen;
        public @Nullable ContactChannel contactChannel;
        public Counterpart counterpart;
        public @Nullable MoneyLost moneyLost;
        public @Nullable String commune;
        public @Nullable String callbackPhone;
        public @Nullable String notes;

        private Change(IncidentAnswers from) {
            kind = from.kind;
            whatHappened = from.whatHappened;
            occurredWhen = from.occurredWhen;
            contactChannel = from.contactChannel;
            counterpart = from.counterpart;
            moneyLost = from.moneyLost;
            commune = from.commune;
            callbackPhone = from.callbackPhone;
            notes = from.notes;
        }

        private IncidentAnswers answers() {
            return new IncidentAnswers(kind, whatHappened, occurredWhen, contactChannel, counterpart, moneyLost, commune,
                    callbackPhone, notes);
        }
    }
}
