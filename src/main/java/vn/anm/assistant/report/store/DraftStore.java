package vn.anm.assistant.report.store;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.storage.KeyedRow;
import vn.anm.assistant.storage.SqlTimestamps;

/** Drafts in {@code report_draft}, one per reporter, content encrypted. */
@Component
class DraftStore {

    private final DatabaseClient db;
    private final DraftCodec codec;

    DraftStore(DatabaseClient db, DraftCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    Mono<Void> save(String reporterRef, ReportDraft draft) {
        String content = codec.seal(draft, DraftCodec.draftContext(reporterRef));
        return KeyedRow.of("report_draft", "reporter_ref", reporterRef)
                .with("content_enc", content)
                .with("updated_at", SqlTimestamps.at(draft.updatedAt()))
                .save(db);
    }

    Mono<ReportDraft> load(String reporterRef) {
        return db.sql("SELECT content_enc FROM report_draft WHERE reporter_ref = :ref")
                .bind("ref", reporterRef)
                .map(row -> row.get("content_enc", String.class))
                .one()
                .map(content -> codec.open(content, DraftCodec.draftContext(reporterRef)));
    }

    /**
     * Inside the submit transaction: locks the reporter's draft row until commit, so concurrent
     * submissions of one draft (several "Gửi" presses, on any instance) run one after the other.
     * False when there is no draft (already filed, cancelled, or never saved).
     */
    Mono<Boolean> lockForSubmit(String reporterRef) {
        return db.sql("SELECT reporter_ref FROM report_draft WHERE reporter_ref = :ref FOR UPDATE")
                .bind("ref", reporterRef)
                .map(row -> row.get("reporter_ref", String.class))
                .all()
                .hasElements();
    }

    Mono<Long> delete(String reporterRef) {
        return db.sql("DELETE FROM report_draft WHERE reporter_ref = :ref").bind("ref", reporterRef).fetch().rowsUpdated();
    }

    Mono<Long> deleteUntouchedSince(Instant cutoff) {
        return db.sql("DELETE FROM report_draft WHERE updated_at < :cutoff")
                .bind("cutoff", SqlTimestamps.at(cutoff))
                .fetch().rowsUpdated();
    }
}
