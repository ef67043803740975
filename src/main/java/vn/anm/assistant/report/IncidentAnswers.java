package vn.anm.assistant.report;

import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * What a reporter told about the incident, every answer optional. {@link #change} gives the answers with some of
 * them changed ({@code answers.change(a -> a.kind(IncidentKind.LOAN))}). {@link #toString()} shows no personal data.
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

    /** The answers being changed: each setter replaces one answer. */
    public static final class Change {

        private @Nullable IncidentKind kind;
        private @Nullable String whatHappened;
        private @Nullable String occurredWhen;
        private @Nullable ContactChannel contactChannel;
        private Counterpart counterpart;
        private @Nullable MoneyLost moneyLost;
        private @Nullable String commune;
        private @Nullable String callbackPhone;
        private @Nullable String notes;

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

        public Change kind(@Nullable IncidentKind value) {
            kind = value;
            return this;
        }

        public Change whatHappened(@Nullable String value) {
            whatHappened = value;
            return this;
        }

        public Change occurredWhen(@Nullable String value) {
            occurredWhen = value;
            return this;
        }

        public Change contactChannel(@Nullable ContactChannel value) {
            contactChannel = value;
            return this;
        }

        public Change counterpart(Counterpart value) {
            counterpart = Objects.requireNonNull(value, "counterpart");
            return this;
        }

        public Change moneyLost(@Nullable MoneyLost value) {
            moneyLost = value;
            return this;
        }

        public Change commune(@Nullable String value) {
            commune = value;
            return this;
        }

        public Change callbackPhone(@Nullable String value) {
            callbackPhone = value;
            return this;
        }

        public Change notes(@Nullable String value) {
            notes = value;
            return this;
        }

        private IncidentAnswers answers() {
            return new IncidentAnswers(kind, whatHappened, occurredWhen, contactChannel, counterpart, moneyLost, commune,
                    callbackPhone, notes);
        }
    }
}
