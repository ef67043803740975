package vn.anm.assistant.channel.delivery;

import java.util.Locale;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The two databases the service runs on. PostgreSQL claims work with {@code FOR UPDATE SKIP LOCKED}
 * and inserts-if-absent with {@code ON CONFLICT}; H2, the embedded default, with conditional UPDATEs
 * and a caught duplicate key (H2 rolls back only the failed statement, not the transaction).
 */
enum Dialect {
    POSTGRES, H2;

    /**
     * Where a write is subscribed from a thread that must not block (an event loop): H2's R2DBC driver blocks the
     * calling thread, so on a worker; PostgreSQL's does not, so where it was asked for, sparing a thread hand-off on
     * the webhook's acknowledgement.
     */
    Scheduler writes() {
        return this == POSTGRES ? Schedulers.immediate() : Schedulers.boundedElastic();
    }

    static Dialect of(DatabaseClient db) {
        String name = db.getConnectionFactory().getMetadata().getName().toLowerCase(Locale.ROOT);
        return name.contains("postgres") ? POSTGRES : H2;
    }
}
