package vn.anm.assistant.conversation.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.r2dbc.spi.Readable;

/** TIMESTAMP WITH TIME ZONE values as both R2DBC drivers (H2, PostgreSQL) bind and read them. */
final class Rows {

    private Rows() {
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        if (value == null) {
            throw new IllegalStateException("a required timestamp is missing");
        }
        return value.toInstant();
    }
}
