package vn.anm.assistant.conversation.storage;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.TopicFeedback;
import vn.anm.assistant.storage.SqlTimestamps;

/** 👍/👎 votes in {@code conversation_feedback}, kept across restarts; they hold no personal data. */
public final class StoredFeedbackLog implements FeedbackLog {

    private final DatabaseClient db;

    StoredFeedbackLog(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> record(TopicFeedback feedback) {
        return Mono.defer(() -> db.sql("""
                INSERT INTO conversation_feedback (recorded_at, channel, topic, helpful)
                VALUES (:at, :channel, :topic, :helpful)
                """)
                .bind("at", SqlTimestamps.at(feedback.at()))
                .bind("channel", feedback.channel().name())
                .bind("topic", feedback.topic())
                .bind("helpful", feedback.helpful())
                .then());
    }

    @Override
    public Flux<TopicFeedback> recent(int limit) {
        return db.sql("SELECT recorded_at, channel, topic, helpful FROM conversation_feedback ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit)
                .map(row -> new TopicFeedback(row.get("topic", String.class), Boolean.TRUE.equals(row.get("helpful", Boolean.class)) ? TopicFeedback.Vote.HELPFUL : TopicFeedback.Vote.NOT_HELPFUL,
                        ChannelKind.valueOf(row.get("channel", String.class)), SqlTimestamps.instant(row, "recorded_at")))
                .all();
    }

    @Override
    public Mono<Map<String, Tally>> tallies() {
        return db.sql("""
                SELECT topic, SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS up, SUM(CASE WHEN helpful THEN 0 ELSE 1 END) AS down
                FROM conversation_feedback GROUP BY topic
                """)
                .map(row -> Map.entry(row.get("topic", String.class),
                        new Tally(count(row.get("up")), count(row.get("down")))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
                .map(Map::copyOf);
    }

    /** Deletes the votes recorded before {@code cutoff}; returns how many. */
    Mono<Long> purgeBefore(Instant cutoff) {
        return db.sql("DELETE FROM conversation_feedback WHERE recorded_at < :cutoff")
                .bind("cutoff", SqlTimestamps.at(cutoff))
                .fetch().rowsUpdated();
    }

    private static long count(@Nullable Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
