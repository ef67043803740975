package vn.anm.assistant.report;

import java.util.Objects;

/**
 * The person behind a report: their user id in a channel ({@code WEB}, {@code FACEBOOK}, {@code ZALO}).
 * The user id is personal data; {@link #toString()} masks it so it can appear in logs.
 */
public record Reporter(String channel, String userId) {

    public Reporter {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userId, "userId");
        if (channel.isBlank() || userId.isBlank()) {
            throw new IllegalArgumentException("a reporter needs a channel and a user id");
        }
    }

    @Override
    public String toString() {
        String masked = userId.length() <= 4 ? "****" : userId.substring(0, 2) + "…" + userId.substring(userId.length() - 2);
        return "Reporter[channel=" + channel + ", userId=" + masked + "]";
    }
}
