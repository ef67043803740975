package vn.anm.assistant.moderation.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * The gate's labelled test sets in {@code console_test_question}. An empty table is seeded on first use
 * from the copies under {@code classpath:eval/} (see its README); after that moderators keep them.
 */
public final class TestSets {

    public static final String MODERATORS = "moderators";
    static final Map<String, List<String>> SEED = new LinkedHashMap<>();

    static {
        SEED.put("dev", List.of("eval/dev.jsonl", "eval/dev-new-topics.jsonl"));
        SEED.put("probes", List.of("eval/probes.jsonl"));
    }

    static final int SEED_BATCH = 100;

    private final DatabaseClient db;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Mono<Void> seeded;

    private final org.springframework.transaction.reactive.TransactionalOperator transaction;

    public TestSets(DatabaseClient db, org.springframework.transaction.reactive.TransactionalOperator transaction, Clock clock) {
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
        this.seeded = seedIfEmpty().cache(ok -> java.time.Duration.ofDays(3650), e -> java.time.Duration.ZERO, () -> java.time.Duration.ZERO);
    }

    public Flux<TestQuestion> all() {
        return seeded.thenMany(db.sql("SELECT * FROM console_test_question ORDER BY set_name, id").map(this::read).all());
    }

    /** Set name → messages, as the evaluation reads them. */
    public Mono<Map<String, List<LabelledMessage>>> labelled() {
        return all().collect(LinkedHashMap::new, (Map<String, List<LabelledMessage>> sets, TestQuestion q) ->
                sets.computeIfAbsent(q.set(), s -> new ArrayList<>()).add(q.labelled()));
    }

    public Mono<TestQuestion> add(String set, String text, @Nullable String topic, List<String> alsoOk, String style, String author) {
        Instant now = clock.instant();
        String label = "m" + now.toEpochMilli() + "-" + Integer.toHexString(text.hashCode() & 0xfff);
        return seeded.then(insert(set, label, text, topic, alsoOk, style, now, author))
                .then(db.sql("SELECT * FROM console_test_question WHERE set_name = :s AND label = :l").bind("s", set).bind("l", label)
                        .map(this::read).one());
    }

    public Mono<TestQuestion> find(long id) {
        return db.sql("SELECT * FROM console_test_question WHERE id = :id").bind("id", id).map(this::read).one();
    }

    public Mono<Boolean> remove(long id) {
        return db.sql("DELETE FROM console_test_question WHERE id = :id").bind("id", id).fetch().rowsUpdated().map(n -> n > 0);
    }

    private Mono<Void> seedIfEmpty() {
        return db.sql("SELECT COUNT(*) AS n FROM console_test_question").map(row -> ((Number) row.get("n")).longValue()).one()
                .filter(n -> n == 0)
                .flatMapMany(empty -> Flux.fromIterable(SEED.entrySet()))
                .concatMap(set -> Flux.fromIterable(set.getValue()).concatMapIterable(this::read).buffer(SEED_BATCH)
                        .concatMap(batch -> insertAll(set.getKey(), batch)))
                .then()
                .as(transaction::transactional)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }

    /** One multi-row INSERT per batch: seeding ~500 lines one statement each is slow on a busy machine. */
    private Mono<Void> insertAll(String set, List<LabelledMessage> batch) {
        StringBuilder sql = new StringBuilder("INSERT INTO console_test_question (set_name, label, text, topic, also_ok, style, created_at, created_by) VALUES ");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:set, :l").append(i).append(", :t").append(i).append(", :p").append(i)
                    .append(", :a").append(i).append(", :s").append(i).append(", :at, :by)");
        }
        var spec = db.sql(sql.toString()).bind("set", set).bind("at", SqlTimestamps.at(clock.instant())).bind("by", "hệ thống");
        for (int i = 0; i < batch.size(); i++) {
            LabelledMessage m = batch.get(i);
            spec = spec.bind("l" + i, m.id()).bind("t" + i, m.text()).bind("a" + i, String.join(",", m.alsoOk() == null ? List.of() : m.alsoOk()))
                    .bind("s" + i, m.style());
            spec = m.topic() == null ? spec.bindNull("p" + i, String.class) : spec.bind("p" + i, m.topic());
        }
        return spec.then();
    }

    private Mono<Void> insert(String set, String label, String text, @Nullable String topic, List<String> alsoOk, String style, Instant at,
            String author) {
        var spec = db.sql("""
                INSERT INTO console_test_question (set_name, label, text, topic, also_ok, style, created_at, created_by)
                VALUES (:set, :label, :text, :topic, :also, :style, :at, :by)
                """)
                .bind("set", set).bind("label", label).bind("text", text).bind("also", String.join(",", alsoOk)).bind("style", style)
                .bind("at", SqlTimestamps.at(at)).bind("by", author);
        spec = topic == null ? spec.bindNull("topic", String.class) : spec.bind("topic", topic);
        return spec.then();
    }

    private List<LabelledMessage> read(String resource) {
        try (InputStream in = TestSets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<LabelledMessage> messages = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    messages.add(json.readValue(line, LabelledMessage.class));
                }
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestQuestion read(io.r2dbc.spi.Readable row) {
        String also = row.get("also_ok", String.class);
        return new TestQuestion(((Number) row.get("id")).longValue(), row.get("set_name", String.class), row.get("label", String.class),
                row.get("text", String.class), row.get("topic", String.class),
                also == null || also.isBlank() ? List.of() : Arrays.asList(also.split(",")), row.get("style", String.class),
                SqlTimestamps.instant(row, "created_at"), row.get("created_by", String.class));
    }
}
