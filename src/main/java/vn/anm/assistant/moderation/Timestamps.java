package vn.anm.assistant.moderation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import io.r2dbc.spi.Readable;

/** TIMESTAMP WITH TIME ZONE values as both R2DBC drivers bind and read them, and times as moderators read them. */
public final class Timestamps {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    private Timestamps() {
    }

    public static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

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

    public static String shown(Instant instant) {
        return SHOWN.format(instant);
    }
}
