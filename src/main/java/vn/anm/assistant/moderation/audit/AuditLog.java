package vn.anm.assistant.moderation.audit;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.storage.SqlTimestamps;

/** Every change and every sign-in, in {@code console_audit}; only administrators read it. Never holds a password or a secret. */
public final class AuditLog {

    private static final int MAX_TEXT = 200_000;

    private final DatabaseClient db;
    private final Clock clock;

    public AuditLog(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Void> record(String actor, AuditAction action, String subject, @Nullable String before, @Nullable String after) {
        var spec = db.sql("""
                INSERT INTO console_audit (at, actor, action, subject, before_text, after_text)
                VALUES (:at, :actor, :action, :subject, :before, :after)
                """)
                .bind("at", SqlTimestamps.at(clock.instant())).bind("actor", cut(actor, 64)).bind("action", action.name())
                .bind("subject", cut(subject, 200));
        spec = before == null ? spec.bindNull("before", String.class) : spec.bind("before", cut(before, MAX_TEXT));
        spec = after == null ? spec.bindNull("after", String.class) : spec.bind("after", cut(after, MAX_TEXT));
        return spec.then();
    }

    public Mono<Void> record(String actor, AuditAction action, String subject) {
        return record(actor, action, subject, null, null);
    }

    /** Newest first; {@code actor} and {@code action} narrow it when given. */
    public Flux<AuditEntry> recent(@Nullable String actor, @Nullable AuditAction action, int limit, long beforeId) {
        String sql = "SELECT * FROM console_audit WHERE id < :before"
                + (actor == null ? "" : " AND actor = :actor")
                + (action == null ? "" : " AND action = :action")
                + " ORDER BY id DESC LIMIT :limit";
        var spec = db.sql(sql).bind("before", beforeId).bind("limit", limit);
        if (actor != null) {
            spec = spec.bind("actor", actor);
        }
        if (action != null) {
            spec = spec.bind("action", action.name());
        }
        return spec.map(row -> new AuditEntry(((Number) row.get("id")).longValue(), SqlTimestamps.instant(row, "at"),
                row.get("actor", String.class), AuditAction.valueOf(row.get("action", String.class)), row.get("subject", String.class),
                row.get("before_text", String.class), row.get("after_text", String.class))).all();
    }

    /** Newest first: what was done to one subject (e.g. a report's reference code). */
    public Flux<AuditEntry> about(String subject, int limit) {
        return db.sql("SELECT * FROM console_audit WHERE subject = :subject ORDER BY id DESC LIMIT :limit")
                .bind("subject", subject).bind("limit", limit)
                .map(row -> new AuditEntry(((Number) row.get("id")).longValue(), SqlTimestamps.instant(row, "at"),
                        row.get("actor", String.class), AuditAction.valueOf(row.get("action", String.class)), row.get("subject", String.class),
                        row.get("before_text", String.class), row.get("after_text", String.class))).all();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
