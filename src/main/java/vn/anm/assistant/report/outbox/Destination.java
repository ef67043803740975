package vn.anm.assistant.report.outbox;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.store.StoredReport;

/** Somewhere reports go. Completes when the receiver acknowledged the report; errors otherwise. */
interface Destination {

    /** The name stored in {@code report_delivery.destination}. */
    String name();

    Mono<Void> deliver(StoredReport report, String idempotencyKey);
}
