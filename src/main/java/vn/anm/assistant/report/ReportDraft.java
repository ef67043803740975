package vn.anm.assistant.report;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A report being told one answer at a time. Every question is optional except that, to submit, the
 * person must have consented and said what happened ({@link #kind()} or {@link #whatHappened()}).
 * Immutable: each {@code with…} returns the next draft. {@link #toString()} shows no personal data.
 *
 * @param reporter       who is telling it, in which channel
 * @param consentAt      when they answered "Đồng ý" to the consent text
 * @param kind           the type picked from the list
 * @param whatHappened   what happened, in their words
 * @param occurredWhen   when it happened, as told ("sáng nay khoảng 9 giờ")
 * @param contactChannel how the other side made contact
 * @param counterpart    the other side's phone numbers, links, accounts, bank account
 * @param moneyLost      money lost, if any
 * @param commune        the reporter's commune or ward
 * @param callbackPhone  a phone number to call the reporter back
 * @param notes          anything else
 * @param step           the dialogue's own cursor (which question comes next); opaque to this module
 * @param updatedAt      when the draft last changed
 */
public record ReportDraft(Reporter reporter, Instant consentAt, @Nullable IncidentKind kind,
        @Nullable String whatHappened, @Nullable String occurredWhen, @Nullable ContactChannel contactChannel,
        Counterpart counterpart, @Nullable MoneyLost moneyLost, @Nullable String commune,
        @Nullable String callbackPhone, @Nullable String notes, @Nullable String step, Instant updatedAt) {

    public ReportDraft {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(consentAt, "consentAt");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A fresh draft right after the person consented. */
    public static ReportDraft start(Reporter reporter, Instant consentAt) {
        return new ReportDraft(reporter, consentAt, null, null, null, null, Counterpart.NONE, null, null, null, null,
                null, consentAt);
    }

    public boolean saysWhatHappened() {
        return kind != null || (whatHappened != null && !whatHappened.isBlank());
    }

    public ReportDraft withKind(@Nullable IncidentKind kind) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withWhatHappened(@Nullable String whatHappened) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withOccurredWhen(@Nullable String occurredWhen) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withContactChannel(@Nullable ContactChannel contactChannel) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withCounterpart(Counterpart counterpart) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withMoneyLost(@Nullable MoneyLost moneyLost) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withCommune(@Nullable String commune) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withCallbackPhone(@Nullable String callbackPhone) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withNotes(@Nullable String notes) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    public ReportDraft withStep(@Nullable String step) {
        return new ReportDraft(reporter, consentAt, kind, whatHappened, occurredWhen, contactChannel, counterpart,
                moneyLost, commune, callbackPhone, notes, step, Instant.now());
    }

    @Override
    public String toString() {
        return "ReportDraft[" + reporter + ", kind=" + kind + ", contactChannel=" + contactChannel + ", step=" + step
                + ", updatedAt=" + updatedAt + "]";
    }
}
