package vn.anm.assistant.report.store;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.CaseStatus;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.ReportStatus;
import vn.anm.assistant.report.SubmittedReport;
import vn.anm.assistant.storage.SqlTimestamps;

/** Committed reports in {@code incident_report}; the content column is encrypted, the rest holds no personal data. */
@Component
public class ReportRows {

    private static final String COLUMNS = "id, reference_code, channel, status, submitted_at, content_enc";

    private final DatabaseClient db;
    private final DraftCodec codec;

    ReportRows(DatabaseClient db, DraftCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    Mono<Void> insert(UUID id, ReportReference reference, String reporterRef, String draftKey, ReportDraft draft,
            Instant submittedAt) {
        return db.sql("""
                INSERT INTO incident_report (id, reference_code, reporter_ref, draft_key, channel, incident_kind, contact_channel,
                    content_enc, status, consent_at, submitted_at, case_status, commune, money_lost_dong, desk_indexed)
                VALUES (:id, :reference, :reporterRef, :draftKey, :channel, :kind, :contactChannel, :content, :status, :consentAt, :submittedAt,
                    :caseStatus, :commune, :money, TRUE)
                """)
                .bind("caseStatus", CaseStatus.NEW.name())
                .bind("commune", Parameter.fromOrEmpty(communeColumn(draft.answers().commune()), String.class))
                .bind("money", Parameter.fromOrEmpty(draft.answers().moneyLost() == null ? null : draft.answers().moneyLost().amountDong(), Long.class))
                .bind("id", id)
                .bind("draftKey", draftKey)
                .bind("reference", reference.value())
                .bind("reporterRef", reporterRef)
                .bind("channel", draft.reporter().channel())
                .bind("kind", Parameter.fromOrEmpty(draft.answers().kind() == null ? null : draft.answers().kind().name(), String.class))
                .bind("contactChannel", Parameter.fromOrEmpty(
                        draft.answers().contactChannel() == null ? null : draft.answers().contactChannel().name(), String.class))
                .bind("content", codec.seal(draft, DraftCodec.reportContext(id)))
                .bind("status", ReportStatus.RECEIVED.name())
                .bind("consentAt", SqlTimestamps.at(draft.consentAt()))
                .bind("submittedAt", SqlTimestamps.at(submittedAt))
                .then();
    }

    /** The report already filed from this draft, if any: what a repeated "Gửi" shows again. */
    Mono<SubmittedReport> filedFrom(String draftKey) {
        return db.sql("SELECT reference_code, submitted_at FROM incident_report WHERE draft_key = :draftKey")
                .bind("draftKey", draftKey)
                .map(row -> new SubmittedReport(new ReportReference(row.get("reference_code", String.class)),
                        required(SqlTimestamps.nullable(row, "submitted_at"))))
                .one();
    }

    /** The last report {@code reporterRef} filed after {@code since}. */
    Mono<SubmittedReport> lastFiledBy(String reporterRef, Instant since) {
        return db.sql("SELECT reference_code, submitted_at FROM incident_report WHERE reporter_ref = :ref AND submitted_at > :since"
                + " ORDER BY submitted_at DESC FETCH FIRST 1 ROWS ONLY")
                .bind("ref", reporterRef).bind("since", SqlTimestamps.at(since))
                .map(row -> new SubmittedReport(new ReportReference(row.get("reference_code", String.class)),
                        required(SqlTimestamps.nullable(row, "submitted_at"))))
                .one();
    }

    public Mono<StoredReport> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM incident_report WHERE id = :id").bind("id", id).map(this::read).one();
    }

    Mono<StoredReport> find(ReportReference reference) {
        return db.sql("SELECT " + COLUMNS + " FROM incident_report WHERE reference_code = :reference")
                .bind("reference", reference.value())
                .map(this::read)
                .one();
    }

    Flux<ReportReference> inStatus(ReportStatus status, int limit) {
        return db.sql("SELECT reference_code FROM incident_report WHERE status = :status ORDER BY submitted_at LIMIT :limit")
                .bind("status", status.name())
                .bind("limit", limit)
                .map(row -> new ReportReference(row.get("reference_code", String.class)))
                .all();
    }

    Mono<Long> close(ReportReference reference, Instant at) {
        return db.sql("UPDATE incident_report SET status = :closed, closed_at = :at WHERE reference_code = :reference AND status <> :closed")
                .bind("closed", ReportStatus.CLOSED.name())
                .bind("at", SqlTimestamps.at(at))
                .bind("reference", reference.value())
                .fetch().rowsUpdated();
    }

    /** Once every delivery of the report is acknowledged, the report counts as forwarded. */
    public Mono<Long> markForwardedIfComplete(UUID id, Instant at) {
        return db.sql("""
                UPDATE incident_report SET status = :forwarded, forwarded_at = :at
                WHERE id = :id AND status = :received
                  AND NOT EXISTS (SELECT 1 FROM report_delivery d WHERE d.report_id = :reportId AND d.status <> 'DELIVERED')
                """)
                .bind("forwarded", ReportStatus.FORWARDED.name())
                .bind("at", SqlTimestamps.at(at))
                .bind("id", id)
                .bind("received", ReportStatus.RECEIVED.name())
                .bind("reportId", id)
                .fetch().rowsUpdated();
    }

    Mono<UUID> idOf(ReportReference reference) {
        return db.sql("SELECT id FROM incident_report WHERE reference_code = :reference").bind("reference", reference.value())
                .map(row -> row.get("id", UUID.class)).one();
    }

    /** The report's row id, only when {@code reporterRef} filed it. */
    Mono<UUID> idFiledBy(ReportReference reference, String reporterRef) {
        return db.sql("SELECT id FROM incident_report WHERE reference_code = :reference AND reporter_ref = :ref")
                .bind("reference", reference.value()).bind("ref", reporterRef)
                .map(row -> row.get("id", UUID.class)).one();
    }

    /** The commune as the desk's column keeps it: NFC, single spaces, at most 100 characters; null when not told. */
    static @Nullable String communeColumn(@Nullable String commune) {
        if (commune == null || commune.isBlank()) {
            return null;
        }
        String clean = java.text.Normalizer.normalize(commune, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return clean.length() > 100 ? clean.substring(0, 100) : clean;
    }

    Mono<Long> deleteOf(String reporterRef) {
        return db.sql("DELETE FROM incident_report WHERE reporter_ref = :ref").bind("ref", reporterRef).fetch().rowsUpdated();
    }

    Mono<Long> deleteClosedBefore(Instant cutoff) {
        return db.sql("DELETE FROM incident_report WHERE status = :closed AND closed_at < :cutoff")
                .bind("closed", ReportStatus.CLOSED.name())
                .bind("cutoff", SqlTimestamps.at(cutoff))
                .fetch().rowsUpdated();
    }

    private StoredReport read(Readable row) {
        UUID id = row.get("id", UUID.class);
        return new StoredReport(id, new ReportReference(row.get("reference_code", String.class)),
                row.get("channel", String.class), ReportStatus.valueOf(row.get("status", String.class)),
                required(SqlTimestamps.nullable(row, "submitted_at")),
                codec.open(row.get("content_enc", String.class), DraftCodec.reportContext(id)));
    }

    private static Instant required(@Nullable Instant value) {
        if (value == null) {
            throw new IllegalStateException("a required timestamp is missing");
        }
        return value;
    }
}
