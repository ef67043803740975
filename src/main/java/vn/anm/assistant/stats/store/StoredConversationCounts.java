package vn.anm.assistant.stats.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.stats.ConversationCounts;
import vn.anm.assistant.stats.DailyCount;

/**
 * {@link ConversationCounts} in {@code conversation_daily_count}: sums kept per key in memory, added to the rows by an
 * UPDATE (or an INSERT for a new key, with the UPDATE again when another instance inserted it first). Instances
 * only ever add, so they never overwrite each other's counts.
 */
@Component
class StoredConversationCounts implements ConversationCounts {

    private static final Logger log = LoggerFactory.getLogger(StoredConversationCounts.class);

    private record Key(LocalDate day, String channel, String decision, String topic) {
    }

    private final DatabaseClient db;
    private final ZoneId zone;
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    StoredConversationCounts(DatabaseClient db, @Value("${anm.report.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public void count(String channel, String decision, @Nullable String topic, Instant at) {
        Key key = new Key(LocalDate.ofInstant(at, zone), cut(channel, 16), cut(decision, 32), topic == null ? "" : cut(topic, 80));
        pending.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    @Override
    @Scheduled(initialDelay = 10_000, fixedDelayString = "${anm.stats.flush-every:10s}")
    public Mono<Void> flush() {
        return Mono.defer(() -> {
            List<Map.Entry<Key, Long>> taken = new ArrayList<>();
            for (Key key : List.copyOf(pending.keySet())) {
                LongAdder adder = pending.remove(key);
                long n = adder == null ? 0 : adder.sumThenReset();
                if (n > 0) {
                    taken.add(Map.entry(key, n));
                }
            }
            return Flux.fromIterable(taken)
                    .concatMap(e -> add(e.getKey(), e.getValue()).onErrorResume(error -> {
                        // put the sum back for the next flush rather than lose it
                        pending.computeIfAbsent(e.getKey(), k -> new LongAdder()).add(e.getValue());
                        log.warn("Dashboard counts not written, kept for the next try: {}", error.toString());
                        return Mono.empty();
                    }))
                    .then();
        });
    }

    @PreDestroy
    void flushAtShutdown() {
        flush().block(Duration.ofSeconds(5));
    }

    private Mono<Void> add(Key key, long n) {
        return update(key, n).flatMap(updated -> updated > 0 ? Mono.<Void>empty()
                : db.sql("INSERT INTO conversation_daily_count (count_day, channel, decision, topic, messages) VALUES (:day, :channel, :decision, :topic, :n)")
                        .bind("day", key.day()).bind("channel", key.channel()).bind("decision", key.decision()).bind("topic", key.topic())
                        .bind("n", n).then()
                        .onErrorResume(DataIntegrityViolationException.class, raced -> update(key, n).then()));
    }

    private Mono<Long> update(Key key, long n) {
        return db.sql("UPDATE conversation_daily_count SET messages = messages + :n WHERE count_day = :day AND channel = :channel AND decision = :decision AND topic = :topic")
                .bind("n", n).bind("day", key.day()).bind("channel", key.channel()).bind("decision", key.decision()).bind("topic", key.topic())
                .fetch().rowsUpdated();
    }

    @Override
    public Flux<DailyCount> between(LocalDate from, LocalDate to) {
        return db.sql("SELECT count_day, channel, decision, topic, messages FROM conversation_daily_count WHERE count_day >= :from AND count_day <= :to ORDER BY count_day, channel, decision, topic")
                .bind("from", from).bind("to", to)
                .map(row -> new DailyCount(row.get("count_day", LocalDate.class), row.get("channel", String.class), row.get("decision", String.class),
                        row.get("topic", String.class), ((Number) row.get("messages")).longValue()))
                .all();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
