package vn.anm.assistant.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the officers' queue is narrowed to; a null field does not narrow. Dates are days in the report
 * module's zone, both ends included.
 *
 * @param status       the case status
 * @param kind         the incident kind picked in the intake
 * @param from         submitted on or after this day
 * @param to           submitted on or before this day
 * @param commune      the commune/ward as told (exact, ignoring case)
 * @param moneyAtLeast money lost of at least this many đồng (0: any report that says an amount)
 * @param channel      WEB, FACEBOOK or ZALO
 */
public record DeskFilter(@Nullable CaseStatus status, @Nullable IncidentKind kind, @Nullable LocalDate from,
        @Nullable LocalDate to, @Nullable String commune, @Nullable Long moneyAtLeast, @Nullable String channel) {

    public static final DeskFilter ALL = new DeskFilter(null, null, null, null, null, null, null);

    public DeskFilter withStatus(@Nullable CaseStatus status) {
        return new DeskFilter(status, kind, from, to, commune, moneyAtLeast, channel);
    }
}
