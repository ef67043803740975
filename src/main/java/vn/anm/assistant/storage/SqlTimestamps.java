package vn.anm.assistant.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

import io.r2dbc.spi.Readable;

/**
 * TIMESTAMP WITH TIME ZONE columns as both R2DBC drivers (H2, PostgreSQL) bind and read them: an
 * {@link OffsetDateTime} at UTC, which each driver maps without the session's time zone.
 */
public final class SqlTimestamps {

    private SqlTimestamps() {
    }

    public static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A NOT NULL column. */
    public static Instant instant(Readable row, String column) {
        Instant value = nullable(row, column);
        if (value == null) {
            throw new IllegalStateException("a required timestamp is missing: " + column);
        }
        return value;
    }

    public static @Nullable Instant nullable(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
