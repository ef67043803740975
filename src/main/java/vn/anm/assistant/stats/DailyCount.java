package vn.anm.assistant.stats;

import java.time.LocalDate;

/** How many messages of one channel, decision and topic ("" for none) a day had. */
public record DailyCount(LocalDate day, String channel, String decision, String topic, long messages) {
}
