package vn.anm.assistant.report.outbox;

import java.util.UUID;

/** A delivery this instance holds the lease of: send report {@code reportId} to {@code destination}. */
record ClaimedDelivery(UUID id, UUID reportId, String destination, int attempts, String leaseOwner) {

    /** The idempotency key receivers see: stable across retries and restarts, one per report and destination. */
    String idempotencyKey() {
        return id.toString();
    }
}
