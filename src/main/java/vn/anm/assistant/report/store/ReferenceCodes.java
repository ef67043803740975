package vn.anm.assistant.report.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.ReportReference;

/**
 * Hands out {@code LS-yyyymmdd-nnnn} codes from a per-day counter row. Runs inside the report's
 * transaction: the UPDATE locks the day's row until commit, so two submissions (on any instance)
 * never get the same number. The first submission of a day inserts the row; a racing second one
 * fails on the primary key and its transaction is retried.
 */
@Component
class ReferenceCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final DatabaseClient db;

    ReferenceCodes(DatabaseClient db) {
        this.db = db;
    }

    Mono<ReportReference> next(LocalDate day) {
        return db.sql("UPDATE report_day_counter SET last_number = last_number + 1 WHERE report_day = :day")
                .bind("day", day)
                .fetch().rowsUpdated()
                .flatMap(updated -> updated > 0
                        ? db.sql("SELECT last_number FROM report_day_counter WHERE report_day = :day")
                                .bind("day", day)
                                .map(row -> row.get("last_number", Integer.class))
                                .one()
                        : db.sql("INSERT INTO report_day_counter (report_day, last_number) VALUES (:day, 1)")
                                .bind("day", day)
                                .then()
                                .thenReturn(1))
                .map(number -> new ReportReference("LS-" + DAY.format(day) + "-" + String.format("%04d", number)));
    }
}
