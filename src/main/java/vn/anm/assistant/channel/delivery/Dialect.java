package vn.anm.assistant.channel.delivery;

import java.util.Locale;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The two databases the service runs on. PostgreSQL claims work with {@code FOR UPDATE SKIP LOCKED}
 * and inserts-if-absent with {@code ON CONFLICT}; H2, the embedded default, with conditional UPDATEs
 * and a caught duplicate key (H2 rolls back only the failed statement, not the transaction).
 */
enum Dialect {
    POSTGRES, H2;

    static Dialect of(DatabaseClient db) {
        String name = db.getConnectionFactory().getMetadata().getName().toLowerCase(Locale.ROOT);
        return name.contains("postgres") ? POSTGRES : H2;
    }
}
