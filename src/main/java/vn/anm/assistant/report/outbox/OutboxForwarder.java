package vn.anm.assistant.report.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.ReportProperties;
import vn.anm.assistant.report.store.ReportRows;

/**
 * Delivers the outbox: claims due deliveries (a lease, so instances never send the same row at
 * once), sends each to its destination, and records the attempt. A failure is retried later with
 * exponential backoff, for as long as it takes; a crash leaves a lease that expires, so the delivery
 * is picked up again (at least once; receivers drop repeats by the idempotency key). Each attempt is
 * counted in {@code anm.reports.forwarded{destination, outcome=delivered|failed}}.
 */
@Component
public class OutboxForwarder {

    private static final Logger log = LoggerFactory.getLogger(OutboxForwarder.class);

    private final DeliveryRows deliveries;
    private final ReportRows reports;
    private final Destinations destinations;
    private final ReportProperties.Forwarding settings;
    private final RetryBackoff backoff;
    private final MeterRegistry registry;
    private final Clock clock;

    OutboxForwarder(DeliveryRows deliveries, ReportRows reports, Destinations destinations, ReportProperties properties,
            MeterRegistry registry, Clock clock) {
        this.deliveries = deliveries;
        this.reports = reports;
        this.destinations = destinations;
        this.settings = properties.forwarding();
        this.backoff = new RetryBackoff(settings.firstRetry(), settings.maxRetry());
        this.registry = registry;
        for (String name : destinations.names()) { // at zero from the start, for the dashboard and alerts
            forwarded(name, "delivered");
            forwarded(name, "failed");
        }
        this.clock = clock;
    }

    /** Called once by the scheduler; the returned Mono is re-subscribed on every run and never fails. */
    @Scheduled(initialDelayString = "${anm.report.forwarding.initial-delay:1s}",
            fixedDelayString = "${anm.report.forwarding.every:5s}")
    public Mono<Void> forwardDue() {
        return Mono.defer(() -> {
            List<String> names = destinations.names();
            if (names.isEmpty()) {
                return Mono.empty();
            }
            return deliveries.claimDue(names, settings.batchSize(), settings.lease(), clock.instant())
                    .flatMapMany(Flux::fromIterable)
                    .flatMap(this::deliver, settings.concurrency())
                    .then();
        }).onErrorResume(e -> {
            log.warn("Forwarding run failed, the next run retries: {}", e.toString());
            return Mono.empty();
        });
    }

    private Mono<Void> deliver(ClaimedDelivery delivery) {
        Instant startedAt = clock.instant();
        Destination destination = destinations.named(delivery.destination());
        if (destination == null) {
            return Mono.empty(); // not configured any more: the lease expires, the row waits
        }
        return reports.find(delivery.reportId())
                .flatMap(report -> destination.deliver(report, delivery.idempotencyKey())
                        .timeout(settings.timeout())
                        .then(Mono.defer(() -> deliveries.markDelivered(delivery, startedAt, clock.instant())))
                        .then(Mono.defer(() -> reports.markForwardedIfComplete(report.id(), clock.instant())))
                        .then()
                        .doOnSuccess(ignored -> {
                            forwarded(delivery.destination(), "delivered").increment();
                            log.info("Report {} delivered to {} (attempt {})", report.reference(), delivery.destination(),
                                    delivery.attempts() + 1);
                        })
                        .onErrorResume(e -> failed(delivery, report.reference().value(), e, startedAt)))
                .then()
                .onErrorResume(e -> {
                    log.warn("Delivery {} could not be handled, its lease will expire: {}", delivery.id(), describe(e));
                    return Mono.empty();
                });
    }

    private Mono<Void> failed(ClaimedDelivery delivery, String reference, Throwable error, Instant startedAt) {
        int failures = delivery.attempts() + 1;
        Instant next = clock.instant().plus(backoff.after(failures));
        String reason = describe(error);
        forwarded(delivery.destination(), "failed").increment();
        log.warn("Report {} not delivered to {} (attempt {}): {}; next try at {}", reference, delivery.destination(),
                failures, reason, next);
        return deliveries.markFailed(delivery, reason, next, startedAt, clock.instant());
    }

    private Counter forwarded(String destination, String outcome) {
        return registry.counter("anm.reports.forwarded", "destination", destination, "outcome", outcome);
    }

    /** What went wrong, without the receiver's response body or anything from the report. */
    static String describe(Throwable error) {
        if (error instanceof WebClientResponseException response) {
            return "HTTP " + response.getStatusCode().value();
        }
        if (error instanceof TimeoutException) {
            return "timed out";
        }
        String text = error.getClass().getSimpleName();
        Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            text += " (" + cause.getClass().getSimpleName() + ")";
        }
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
