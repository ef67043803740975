package vn.anm.assistant.report.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.ReportReference;

/**
 * Hands out {@code LS-yyyymmdd-nnnn} codes from a per-day counter row. Runs inside the report's
 * transaction: the UPDATE locks the day's row until commit, so two submissions (on any instance)
 * never get the same number, and a rolled-back submission gives its number back unseen. The first
 * submission of a day creates the row without ever failing the transaction, which may be a whole
 * conversation turn's: {@code ON CONFLICT DO NOTHING} on PostgreSQL (it waits for a racing insert);
 * on H2 a duplicate only fails its own statement.
 */
@Component
class ReferenceCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final DatabaseClient db;
    private final boolean postgres;

    ReferenceCodes(DatabaseClient db) {
        this.db = db;
        this.postgres = db.getConnectionFactory().getMetadata().getName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    Mono<ReportReference> next(LocalDate day) {
        return increment(day)
                .flatMap(updated -> updated > 0 ? Mono.just(updated) : createDay(day).then(increment(day)))
                .flatMap(updated -> db.sql("SELECT last_number FROM report_day_counter WHERE report_day = :day")
                        .bind("day", day)
                        .map(row -> row.get("last_number", Integer.class))
                        .one())
                .map(number -> new ReportReference("LS-" + DAY.format(day) + "-" + String.format("%04d", number)));
    }

    private Mono<Long> increment(LocalDate day) {
        return db.sql("UPDATE report_day_counter SET last_number = last_number + 1 WHERE report_day = :day")
                .bind("day", day)
                .fetch().rowsUpdated();
    }

    private Mono<Void> createDay(LocalDate day) {
        if (postgres) {
            return db.sql("INSERT INTO report_day_counter (report_day, last_number) VALUES (:day, 0) ON CONFLICT (report_day) DO NOTHING")
                    .bind("day", day)
                    .then();
        }
        return db.sql("INSERT INTO report_day_counter (report_day, last_number) VALUES (:day, 0)")
                .bind("day", day)
                .then()
                .onErrorResume(DataIntegrityViolationException.class, alreadyThere -> Mono.empty());
    }
}
