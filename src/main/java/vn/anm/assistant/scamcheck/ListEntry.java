package vn.anm.assistant.scamcheck;

import org.jspecify.annotations.Nullable;

/** What a moderator adds to a list (or a CSV line holds). */
public record ListEntry(ItemKind kind, String value, @Nullable String label, String source, String reason) {
}
