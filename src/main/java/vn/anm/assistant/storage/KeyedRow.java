package vn.anm.assistant.storage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * One row per key, written by update-then-insert: portable between H2 and PostgreSQL (no MERGE or
 * ON CONFLICT dialects), and inside the caller's transaction. Two writers inserting the same new key
 * at once: the loser's insert fails on the primary key and is retried, and then becomes an update.
 * Table and column names come from the code, never from input.
 */
public record KeyedRow(String table, String keyColumn, Object key, Map<String, Object> values) {

    public KeyedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static KeyedRow of(String table, String keyColumn, Object key) {
        return new KeyedRow(table, keyColumn, key, Map.of());
    }

    public KeyedRow with(String column, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(values);
        next.put(column, value);
        return new KeyedRow(table, keyColumn, key, next);
    }

    /** Completes once the row holds the values (committed with the caller's transaction). */
    public Mono<Void> save(DatabaseClient db) {
        String assignments = values.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        String columns = String.join(", ", values.keySet());
        String parameters = values.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put(keyColumn, key);
        return Mono.defer(() -> db.sql("UPDATE " + table + " SET " + assignments + " WHERE " + keyColumn + " = :" + keyColumn)
                        .bindValues(all)
                        .fetch().rowsUpdated()
                        .flatMap(updated -> updated > 0 ? Mono.empty()
                                : db.sql("INSERT INTO " + table + " (" + keyColumn + ", " + columns + ") VALUES (:" + keyColumn + ", "
                                        + parameters + ")")
                                        .bindValues(all)
                                        .then()))
                .retryWhen(Retry.max(2).filter(DuplicateKeyException.class::isInstance))
                .then();
    }
}
