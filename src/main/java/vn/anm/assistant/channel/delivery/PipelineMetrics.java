package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;

/**
 * The pipeline's meters: {@code anm.inbox.backlog}, {@code anm.inbox.oldest.age.seconds},
 * {@code anm.outbox.backlog{platform}}, {@code anm.outbox.oldest.age.seconds{platform}} (gauges, read
 * from the database every {@code anm.channel.delivery.metrics-every}, 5 s by default, so a scrape never
 * waits for the database), {@code anm.outbox.attempts{platform,outcome,code}} and
 * {@code anm.outbox.giveups{platform,reason}} (counters). The gauges count what waits on every instance.
 */
public final class PipelineMetrics {

    private static final Logger log = LoggerFactory.getLogger(PipelineMetrics.class);

    private final MeterRegistry registry;
    private final InboxRows inbox;
    private final OutboxRows outbox;
    private final Clock clock;
    private final AtomicLong inboxBacklog = new AtomicLong();
    private final AtomicLong inboxOldest = new AtomicLong();
    private final Map<ChannelKind, AtomicLong> outboxBacklog = new EnumMap<>(ChannelKind.class);
    private final Map<ChannelKind, AtomicLong> outboxOldest = new EnumMap<>(ChannelKind.class);

    PipelineMetrics(MeterRegistry registry, InboxRows inbox, OutboxRows outbox, Clock clock) {
        this.registry = registry;
        this.inbox = inbox;
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder("anm.inbox.backlog", inboxBacklog, AtomicLong::get)
                .description("accepted webhook events waiting for their conversation turn").register(registry);
        Gauge.builder("anm.inbox.oldest.age.seconds", inboxOldest, AtomicLong::get)
                .description("age of the oldest event waiting in the inbox").register(registry);
        for (ChannelKind channel : new ChannelKind[] {ChannelKind.FACEBOOK, ChannelKind.ZALO}) {
            AtomicLong backlog = new AtomicLong();
            AtomicLong oldest = new AtomicLong();
            outboxBacklog.put(channel, backlog);
            outboxOldest.put(channel, oldest);
            Gauge.builder("anm.outbox.backlog", backlog, AtomicLong::get).tag("platform", tag(channel))
                    .description("reply parts waiting to be sent").register(registry);
            Gauge.builder("anm.outbox.oldest.age.seconds", oldest, AtomicLong::get).tag("platform", tag(channel))
                    .description("age of the oldest reply part waiting to be sent").register(registry);
            // at zero from the start, so an alert on their rate sees a series before the first one happens
            registry.counter("anm.outbox.giveups", "platform", tag(channel), "reason", "window-closed");
            registry.counter("anm.outbox.attempts", "platform", tag(channel), "outcome", "delivered", "code", "ok");
        }
    }

    /** One send attempt and what came of it: {@code delivered}, {@code retry}, {@code failed} or {@code uncertain}. */
    void attempt(ChannelKind channel, String outcome, String code) {
        registry.counter("anm.outbox.attempts", "platform", tag(channel), "outcome", outcome, "code", code).increment();
    }

    /** A part that will not be sent: the platform's window closed, the user is out of reach, or its fate is unknown. */
    void giveUp(ChannelKind channel, String reason) {
        registry.counter("anm.outbox.giveups", "platform", tag(channel), "reason", reason).increment();
    }

    /** The inbox backlog as last measured (for the webhook's overload check). */
    long inboxBacklog() {
        return inboxBacklog.get();
    }

    @Scheduled(initialDelayString = "${anm.channel.delivery.metrics-every:5s}", fixedDelayString = "${anm.channel.delivery.metrics-every:5s}")
    Mono<Void> refresh() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Mono<Void> inboxNow = inbox.backlog().doOnNext(b -> {
                inboxBacklog.set(b.waiting());
                inboxOldest.set(age(b.oldest(), now));
            }).then();
            Mono<Void> outboxNow = outbox.backlog().collectList().doOnNext(rows -> {
                outboxBacklog.values().forEach(v -> v.set(0));
                outboxOldest.values().forEach(v -> v.set(0));
                for (OutboxRows.Backlog row : rows) {
                    AtomicLong backlog = outboxBacklog.get(row.channel());
                    if (backlog != null) {
                        backlog.set(row.waiting());
                        outboxOldest.get(row.channel()).set(age(row.oldest(), now));
                    }
                }
            }).then();
            return inboxNow.then(outboxNow);
        }).onErrorResume(e -> {
            log.warn("Pipeline metrics not refreshed: {}", e.getClass().getName());
            return Mono.empty();
        });
    }

    private static long age(@Nullable Instant oldest, Instant now) {
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
    }

    static String tag(ChannelKind channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
