package vn.anm.assistant.channel.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * One {@code INSERT … VALUES (…), (…)} for many rows: one round trip instead of one per row, and the
 * rows get their generated ids in the list's order. Parameters are named column + row index (a name is
 * never used twice). A value may be a {@link org.springframework.r2dbc.core.Parameter} (a typed null).
 */
final class MultiRowInsert {

    private MultiRowInsert() {
    }

    /**
     * @param columns column name → its value for a row, in the order of the statement
     * @param tail SQL after the VALUES list ({@code ON CONFLICT …}, {@code RETURNING …}), or empty
     */
    static <T> DatabaseClient.GenericExecuteSpec of(DatabaseClient db, String table, Map<String, Function<T, Object>> columns,
            List<T> rows, String tail) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns.keySet())).append(") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(" : ", (");
            int column = 0;
            for (String name : columns.keySet()) {
                sql.append(column++ == 0 ? ":" : ", :").append(name).append(i);
            }
            sql.append(')');
        }
        // all values in one map: each bind(name, value) copies every binding made before it (quadratic in rows × columns)
        Map<String, Object> values = new HashMap<>(rows.size() * columns.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<String, Function<T, Object>> column : columns.entrySet()) {
                values.put(column.getKey() + i, column.getValue().apply(rows.get(i)));
            }
        }
        return db.sql(sql.append(tail).toString()).bindValues(values);
    }
}
