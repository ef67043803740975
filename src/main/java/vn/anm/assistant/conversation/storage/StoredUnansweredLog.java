package vn.anm.assistant.conversation.storage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.UnansweredLog;
import vn.anm.assistant.conversation.UnansweredQuestion;
import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * Unanswered and clarified messages in {@code conversation_unanswered}, kept across restarts for
 * moderators. The text arrives masked and is stored encrypted as well: masking misses names and addresses.
 */
public final class StoredUnansweredLog implements UnansweredLog {

    private static final String TEXT_CONTEXT = "conversation_unanswered.text_enc";

    private final JsonMapper json = JsonMapper.builder().build();
    private final DatabaseClient db;
    private final DataProtection protection;

    StoredUnansweredLog(DatabaseClient db, DataProtection protection) {
        this.db = db;
        this.protection = protection;
    }

    @Override
    public Mono<Void> record(UnansweredQuestion question) {
        return Mono.defer(() -> db.sql("""
                INSERT INTO conversation_unanswered (recorded_at, channel, decision, text_enc, candidates)
                VALUES (:at, :channel, :decision, :text, :candidates)
                """)
                .bind("at", SqlTimestamps.at(question.at()))
                .bind("channel", question.channel().name())
                .bind("decision", question.decision().name())
                .bind("text", protection.encrypt(question.maskedText().getBytes(StandardCharsets.UTF_8), TEXT_CONTEXT))
                .bind("candidates", json.writeValueAsString(question.candidates()))
                .then());
    }

    @Override
    public Flux<UnansweredQuestion> recent(int limit) {
        return db.sql("""
                SELECT recorded_at, channel, decision, text_enc, candidates FROM conversation_unanswered
                ORDER BY id DESC LIMIT :limit
                """)
                .bind("limit", limit)
                .map(this::read)
                .all();
    }

    /** Deletes the entries recorded before {@code cutoff}; returns how many. */
    Mono<Long> purgeBefore(Instant cutoff) {
        return db.sql("DELETE FROM conversation_unanswered WHERE recorded_at < :cutoff")
                .bind("cutoff", SqlTimestamps.at(cutoff))
                .fetch().rowsUpdated();
    }

    private UnansweredQuestion read(Readable row) {
        String text = new String(protection.decrypt(row.get("text_enc", String.class), TEXT_CONTEXT), StandardCharsets.UTF_8);
        List<Candidate> candidates = List.of(json.readValue(row.get("candidates", String.class), Candidate[].class));
        return new UnansweredQuestion(text, Decision.valueOf(row.get("decision", String.class)),
                ChannelKind.valueOf(row.get("channel", String.class)), SqlTimestamps.instant(row, "recorded_at"), candidates);
    }
}
