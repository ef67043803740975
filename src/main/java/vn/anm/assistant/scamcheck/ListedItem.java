package vn.anm.assistant.scamcheck;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a list. {@code label} is the official name (allowlist) or the trick (blocklist); {@code checks} and
 * {@code reports} count how often citizens checked and reported the item.
 */
public record ListedItem(long id, ListKind list, ItemKind kind, String value, @Nullable String label, String source, String reason,
        String addedBy, Instant addedAt, long checks, long reports) {
}
