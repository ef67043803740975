package vn.anm.assistant.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** How forwarding a report to one destination ({@code EMAIL}, {@code WEBHOOK}) stands. */
public record DeliveryState(String destination, boolean delivered, int attempts, @Nullable Instant deliveredAt,
        @Nullable String lastError) {
}
