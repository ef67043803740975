package vn.anm.assistant.channel.webhook;

import org.jspecify.annotations.Nullable;

/** How a platform user id appears in logs: its first and last two characters only. */
public final class ItemMask {

    private ItemMask() {
    }

    public static String userId(@Nullable String id) {
        if (id == null || id.isEmpty()) {
            return "(none)";
        }
        return id.length() <= 4 ? "****" : id.substring(0, 2) + "…" + id.substring(id.length() - 2);
    }
}
