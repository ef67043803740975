package vn.anm.assistant.scamcheck;

import org.jspecify.annotations.Nullable;

/**
 * One item found in a message. {@code value} is the normalised form the lists are keyed by (a lower-case URL or
 * host, the digits of a number in national form); {@code shown} is how a reply names it — never clickable, never a
 * full phone or account number; {@code bank} is the bank named next to an account number; {@code written} is the
 * item as the message had it (the signs of a link read its scheme and "@" part), never shown.
 */
public record CheckedItem(ItemKind kind, String value, String shown, @Nullable String bank, String written) {

    public CheckedItem(ItemKind kind, String value, String shown, @Nullable String bank) {
        this(kind, value, shown, bank, value);
    }
}
