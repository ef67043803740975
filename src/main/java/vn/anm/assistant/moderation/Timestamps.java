package vn.anm.assistant.moderation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as moderators read them: Lạng Sơn's local time (the database keeps UTC, see SqlTimestamps). */
public final class Timestamps {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    private Timestamps() {
    }

    public static String shown(Instant instant) {
        return SHOWN.format(instant);
    }
}
