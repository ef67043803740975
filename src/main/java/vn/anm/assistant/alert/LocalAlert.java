package vn.anm.assistant.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A published alert. {@code text} is plain text: every channel shows it as text, never as markup. */
public record LocalAlert(UUID id, String title, String text, Instant validFrom, Instant validUntil, @Nullable String topic,
        List<String> communes, String author, Instant createdAt, @Nullable Instant withdrawnAt) {

    public LocalAlert {
        communes = List.copyOf(communes);
    }

    /** Shown to citizens at {@code at}: started, not ended, not withdrawn. */
    public boolean activeAt(Instant at) {
        return withdrawnAt == null && !at.isBefore(validFrom) && at.isBefore(validUntil);
    }
}
