package vn.anm.assistant.report.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.CaseChange;
import vn.anm.assistant.report.CaseStatus;
import vn.anm.assistant.report.DeskFilter;
import vn.anm.assistant.report.DeskRow;
import vn.anm.assistant.report.IncidentKind;
import vn.anm.assistant.report.ReportProperties;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.ReportStatus;
import vn.anm.assistant.report.protection.FieldCipher;
import vn.anm.assistant.storage.SqlTimestamps;

/** The desk's queries on {@code incident_report} (plain columns only) and {@code report_case_change}. */
@Component
class DeskRows {

    private final DatabaseClient db;
    private final FieldCipher cipher;
    private final ZoneId zone;

    DeskRows(DatabaseClient db, FieldCipher cipher, ReportProperties properties) {
        this.db = db;
        this.cipher = cipher;
        this.zone = properties.zone();
    }

    /** A WHERE clause and its values, built from a filter. */
    private record Where(String sql, Map<String, Object> values) {

        DatabaseClient.GenericExecuteSpec bindTo(DatabaseClient.GenericExecuteSpec spec) {
            for (var e : values.entrySet()) {
                spec = spec.bind(e.getKey(), e.getValue());
            }
            return spec;
        }
    }

    private Where where(DeskFilter filter) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (filter.status() != null) {
            terms.add("case_status = :caseStatus");
            values.put("caseStatus", filter.status().name());
        }
        if (filter.kind() != null) {
            terms.add("incident_kind = :kind");
            values.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            terms.add("submitted_at >= :from");
            values.put("from", SqlTimestamps.at(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            terms.add("submitted_at < :to");
            values.put("to", SqlTimestamps.at(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.commune() != null && !filter.commune().isBlank()) {
            terms.add("LOWER(commune) = LOWER(:commune)");
            values.put("commune", filter.commune().strip());
        }
        if (filter.moneyAtLeast() != null) {
            terms.add("money_lost_dong >= :money");
            values.put("money", filter.moneyAtLeast());
        }
        if (filter.channel() != null && !filter.channel().isBlank()) {
            terms.add("channel = :channel");
            values.put("channel", filter.channel().strip().toUpperCase(java.util.Locale.ROOT));
        }
        return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), values);
    }

    Flux<DeskRow> queue(DeskFilter filter, int limit) {
        Where where = where(filter);
        return where.bindTo(db.sql("SELECT reference_code, submitted_at, channel, incident_kind, case_status, status, commune, money_lost_dong"
                + " FROM incident_report" + where.sql() + " ORDER BY submitted_at DESC, reference_code DESC LIMIT :limit"))
                .bind("limit", limit)
                .map(DeskRows::row)
                .all();
    }

    Mono<Map<CaseStatus, Long>> counts(DeskFilter filter) {
        Where where = where(filter.withStatus(null));
        return where.bindTo(db.sql("SELECT case_status, COUNT(*) AS n FROM incident_report" + where.sql() + " GROUP BY case_status"))
                .map(row -> Map.entry(CaseStatus.valueOf(row.get("case_status", String.class)), ((Number) row.get("n")).longValue()))
                .all()
                .collect(() -> {
                    Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
                    for (CaseStatus s : CaseStatus.values()) {
                        counts.put(s, 0L);
                    }
                    return counts;
                }, (map, e) -> map.put(e.getKey(), e.getValue()));
    }

    Mono<List<String>> communes() {
        return db.sql("SELECT DISTINCT commune FROM incident_report WHERE commune IS NOT NULL ORDER BY commune")
                .map(row -> row.get("commune", String.class))
                .all().collectList();
    }

    Flux<vn.anm.assistant.report.ReportTally> tallies(java.time.LocalDate from, java.time.LocalDate to) {
        return db.sql("SELECT submitted_at, incident_kind, commune, money_lost_dong FROM incident_report WHERE submitted_at >= :from AND submitted_at < :to ORDER BY submitted_at")
                .bind("from", SqlTimestamps.at(from.atStartOfDay(zone).toInstant()))
                .bind("to", SqlTimestamps.at(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .map(row -> {
                    String kind = row.get("incident_kind", String.class);
                    Number money = (Number) row.get("money_lost_dong");
                    return new vn.anm.assistant.report.ReportTally(java.time.LocalDate.ofInstant(required(SqlTimestamps.nullable(row, "submitted_at")), zone),
                            kind == null ? null : IncidentKind.valueOf(kind), row.get("commune", String.class), money == null ? null : money.longValue());
                })
                .all();
    }

    Mono<CaseStatus> caseStatus(UUID reportId) {
        return db.sql("SELECT case_status FROM incident_report WHERE id = :id").bind("id", reportId)
                .map(row -> CaseStatus.valueOf(row.get("case_status", String.class))).one();
    }

    /** Compare-and-set: 1 when the report was in {@code from} and is now in {@code to}. */
    Mono<Long> move(UUID reportId, CaseStatus from, CaseStatus to) {
        return db.sql("UPDATE incident_report SET case_status = :to WHERE id = :id AND case_status = :from")
                .bind("to", to.name()).bind("id", reportId).bind("from", from.name())
                .fetch().rowsUpdated();
    }

    Mono<Void> recordChange(UUID reportId, Instant at, String officer, CaseStatus from, CaseStatus to, @Nullable String note) {
        UUID id = UUID.randomUUID();
        String sealed = note == null || note.isBlank() ? null
                : cipher.encrypt(note.strip().getBytes(StandardCharsets.UTF_8), noteContext(id));
        return db.sql("""
                INSERT INTO report_case_change (id, report_id, changed_at, officer, from_status, to_status, note_enc)
                VALUES (:id, :reportId, :at, :officer, :from, :to, :note)
                """)
                .bind("id", id).bind("reportId", reportId).bind("at", SqlTimestamps.at(at))
                .bind("officer", officer.length() > 160 ? officer.substring(0, 160) : officer)
                .bind("from", from.name()).bind("to", to.name())
                .bind("note", Parameter.fromOrEmpty(sealed, String.class))
                .then();
    }

    Flux<CaseChange> history(UUID reportId) {
        return db.sql("SELECT id, changed_at, officer, from_status, to_status, note_enc FROM report_case_change WHERE report_id = :id ORDER BY changed_at, id")
                .bind("id", reportId)
                .map(row -> {
                    UUID id = row.get("id", UUID.class);
                    String sealed = row.get("note_enc", String.class);
                    return new CaseChange(required(SqlTimestamps.nullable(row, "changed_at")), row.get("officer", String.class),
                            CaseStatus.valueOf(row.get("from_status", String.class)), CaseStatus.valueOf(row.get("to_status", String.class)),
                            sealed == null ? null : new String(cipher.decrypt(sealed, noteContext(id)), StandardCharsets.UTF_8));
                })
                .all();
    }

    /** When the status last changed (the submission when it never did). */
    Mono<Instant> lastChange(UUID reportId) {
        return db.sql("SELECT MAX(changed_at) AS last FROM report_case_change WHERE report_id = :id").bind("id", reportId)
                .map(row -> java.util.Optional.ofNullable(SqlTimestamps.nullable(row, "last"))).one()
                .flatMap(Mono::justOrEmpty);
    }

    /** Rows filled before the desk existed: their commune and amount are read from the content once. */
    Flux<UUID> notIndexed(int limit) {
        return db.sql("SELECT id FROM incident_report WHERE desk_indexed = FALSE LIMIT :limit").bind("limit", limit)
                .map(row -> row.get("id", UUID.class)).all();
    }

    Mono<Void> index(UUID reportId, @Nullable String commune, @Nullable Long moneyLostDong) {
        return db.sql("UPDATE incident_report SET commune = :commune, money_lost_dong = :money, desk_indexed = TRUE WHERE id = :id")
                .bind("commune", Parameter.fromOrEmpty(ReportRows.communeColumn(commune), String.class))
                .bind("money", Parameter.fromOrEmpty(moneyLostDong, Long.class))
                .bind("id", reportId)
                .then();
    }

    private static String noteContext(UUID id) {
        return "report_case_change.note_enc:" + id;
    }

    private static DeskRow row(Readable row) {
        String kind = row.get("incident_kind", String.class);
        Number money = (Number) row.get("money_lost_dong");
        return new DeskRow(new ReportReference(row.get("reference_code", String.class)), required(SqlTimestamps.nullable(row, "submitted_at")),
                row.get("channel", String.class), kind == null ? null : IncidentKind.valueOf(kind),
                CaseStatus.valueOf(row.get("case_status", String.class)), ReportStatus.valueOf(row.get("status", String.class)),
                row.get("commune", String.class), money == null ? null : money.longValue());
    }

    private static Instant required(@Nullable Instant value) {
        if (value == null) {
            throw new IllegalStateException("a required timestamp is missing");
        }
        return value;
    }
}
