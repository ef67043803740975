package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.report.DataProtection;

/**
 * Sends the outbox, each user's parts one after another. Per part: past the platform's reply window →
 * given up; else, once a connection to the platform is ready, marked {@code SENDING} (committed), its
 * request written, then removed with its attempt recorded.
 * The rule for what may be sent twice:
 * <ul>
 * <li>a part never attempted, or whose attempt certainly did not reach the platform (5xx, 429, rate
 * limit, connection refused), is sent again, after a pause, until delivered or its window closes:
 * at least once;</li>
 * <li>a part whose attempt may have reached the platform (no answer in time, connection lost, or found
 * {@code SENDING} after a crash) is not sent again unless {@code resend-uncertain} is set: it is recorded
 * as {@code uncertain}. At most once, since neither platform offers an idempotency key.</li>
 * </ul>
 */
final class OutboxWorker extends PollingWorker<OutboxRows.Claimed> {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int MAX_CLAIM = 32;
    /** Settled parts removed in one transaction at most. */
    private static final int MAX_FINISH_BATCH = 256;

    private final OutboxRows outbox;
    private final ChannelSenders senders;
    private final DataProtection protection;
    private final PipelineMetrics metrics;
    private final ChannelMetrics channelMetrics;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Map<ChannelKind, PlatformGate> gates = new EnumMap<>(ChannelKind.class);
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong claims = new AtomicLong();
    private final GroupCommit<OutboxRows.Finished> finishes;
    private final GroupCommit<OutboxRows.Mark> marks;

    OutboxWorker(OutboxRows outbox, ChannelSenders senders, DataProtection protection, PipelineMetrics metrics,
            ChannelMetrics channelMetrics, DeliveryProperties properties, TransactionalOperator transaction, Clock clock) {
        // one claim (a statement and a commit) per 50 ms under load carries the parts that came due meanwhile,
        // instead of one or two parts every 10 ms; small next to a send's round trip
        super("anm-outbox", properties.concurrency(), properties.pollEvery(), Duration.ofMillis(50));
        this.outbox = outbox;
        this.senders = senders;
        this.protection = protection;
        this.metrics = metrics;
        this.channelMetrics = channelMetrics;
        this.properties = properties;
        this.clock = clock;
        // parts settled while the previous settlement commits are removed and logged together: one commit for
        // many sends (one at a time: with two in flight, most settlements under load were commits of one or two parts)
        this.finishes = new GroupCommit<>("outbox", MAX_FINISH_BATCH, 1, outbox.dialect().writes(),
                batch -> outbox.finishAll(batch).as(transaction::transactional));
        // parts whose connections became ready while the previous marks commit are marked together; the requests
        // wait for that commit, which must be flushed to disk (it is what tells a successor not to send them again)
        this.marks = new GroupCommit<>("outbox-marks", MAX_FINISH_BATCH, 1, outbox.dialect().writes(),
                batch -> outbox.markSending(batch).as(transaction::transactional));
        for (ChannelKind channel : senders.channels()) {
            gates.put(channel, new PlatformGate(senders.of(channel), properties, clock, this::nudge));
        }
    }

    /**
     * A claim only leases its parts; a crash before a part's request is written leaves it to be sent by whoever
     * takes it over (at least once), and only the moment between its {@code SENDING} mark's commit and the write
     * can cost a part (at most once).
     */
    @Override
    int maxClaim() {
        return MAX_CLAIM;
    }

    @Override
    Flux<OutboxRows.Claimed> claim(int limit) {
        return Flux.fromIterable(gates.entrySet())
                .filter(gate -> gate.getValue().open() && gate.getValue().room() > 0)
                .concatMap(gate -> outbox.claim(List.of(gate.getKey()), instance + ":" + claims.incrementAndGet(),
                        Math.min(limit, gate.getValue().room()), properties.lease(), clock.instant()));
    }

    @Override
    Mono<Void> release(OutboxRows.Claimed row) {
        return outbox.release(row);
    }

    @Override
    Mono<Void> handle(OutboxRows.Claimed row) {
        Instant now = clock.instant();
        if (!now.isBefore(row.answerBy())) {
            return giveUp(row, now, "window-closed", "the platform's reply window closed before the part could be sent");
        }
        if (row.sending() && !properties.resendUncertain()) {
            // an attempt started (on a crashed instance, or one whose lease ran out) and nobody knows how it ended
            metrics.attempt(row.channel(), "uncertain", "interrupted");
            return finish(row, new OutboxRows.Attempt(row.attempts(), now, now, "uncertain", "interrupted",
                    "attempt interrupted before its answer"), "uncertain");
        }
        PlatformGate gate = gates.get(row.channel());
        if (gate == null || !gate.open()) {
            return outbox.release(row);
        }
        ChannelSender sender = senders.of(row.channel());
        byte[] body = protection.decrypt(row.bodyEnc(), Lanes.outboxContext(row.lane()));
        OutboxRows.Mark mark = new OutboxRows.Mark(row);
        Mono<Void> committed = marks.submit(mark).cache(); // submitted when first asked for, once
        AtomicBoolean asked = new AtomicBoolean();
        // asked for once the connection is ready: the SENDING mark is committed, then the request is written at once
        // (a second request for the same attempt, Zalo's after a token refresh, does not mark it again)
        Mono<byte[]> marked = Mono.defer(() -> {
            asked.set(true);
            return committed;
        }).then(Mono.defer(() -> mark.held().get() ? Mono.just(body) : Mono.<byte[]>error(new LeaseLost())));
        gate.sending();
        return sender.send(marked)
                .then(Mono.defer(() -> delivered(row, gate, now)))
                // a failure may come while the mark is still committing (the connection closed meanwhile): its fate
                // decides — marked, the part is ours and its request was not written; not marked, the claim is lost
                .onErrorResume(e -> (asked.get() ? committed.onErrorResume(x -> Mono.empty()) : Mono.<Void>empty())
                        .then(Mono.defer(() -> mark.held().get() || !asked.get() ? failed(row, gate, now, e) : leaseLost(row))))
                .doFinally(signal -> gate.sent());
    }

    private Mono<Void> delivered(OutboxRows.Claimed row, PlatformGate gate, Instant startedAt) {
        gate.delivered();
        metrics.attempt(row.channel(), "delivered", "ok");
        channelMetrics.sent(row.channel());
        if (row.part() == row.parts() - 1) { // the event's whole reply went out
            channelMetrics.delivered(row.channel());
            channelMetrics.answered(row.channel(), Duration.between(row.acceptedAt(), clock.instant()));
        }
        return finishes.submit(new OutboxRows.Finished(row,
                new OutboxRows.Attempt(row.attempts() + 1, startedAt, clock.instant(), "delivered", "ok", null)));
    }

    private Mono<Void> failed(OutboxRows.Claimed row, PlatformGate gate, Instant startedAt, Throwable error) {
        Instant now = clock.instant();
        int attempt = row.attempts() + 1;
        if (!(error instanceof SendFailure failure)) {
            log.error("{} part not sent: {}", row.channel(), error.toString());
            metrics.attempt(row.channel(), "failed", "error");
            return giveUp(row, now, "error", error.getClass().getSimpleName());
        }
        if (failure.platformWide()) {
            gate.failed();
        }
        return switch (failure.kind()) {
            case PERMANENT -> {
                log.warn("{} part refused, not sent again: {}", row.channel(), failure.reason());
                metrics.attempt(row.channel(), "failed", failure.code());
                metrics.giveUp(row.channel(), failure.reason());
                channelMetrics.failed(row.channel(), failure.reason());
                yield finish(row, new OutboxRows.Attempt(attempt, startedAt, now, "failed", failure.code(), failure.reason()), null);
            }
            case TRANSIENT -> {
                metrics.attempt(row.channel(), "retry", failure.code());
                channelMetrics.retried(row.channel(), failure.reason());
                Instant next = now.plus(failure.platformWide() ? properties.firstBackoff() : backoff(attempt));
                yield outbox.retryLater(row, next,
                        new OutboxRows.Attempt(attempt, startedAt, now, "retry", failure.code(), failure.reason()));
            }
            case UNCERTAIN -> {
                log.warn("{} part may or may not have been delivered ({}): {}", row.channel(), failure.reason(),
                        properties.resendUncertain() ? "sent again" : "not sent again");
                metrics.attempt(row.channel(), "uncertain", failure.reason());
                OutboxRows.Attempt record = new OutboxRows.Attempt(attempt, startedAt, now, "uncertain", failure.reason(), null);
                yield properties.resendUncertain() ? outbox.retryLater(row, now.plus(properties.firstBackoff()), record)
                        : finish(row, record, "uncertain");
            }
        };
    }

    /**
     * The part could not be marked: its claim ran out first (a stalled instance; another claim owns it now and sends
     * it or has sent it), or the mark's commit failed. Nothing was written; the row is left to whoever claims it next.
     */
    private Mono<Void> leaseLost(OutboxRows.Claimed row) {
        log.warn("{} part not sent here: it could not be marked as sending (its claim ran out, or the commit failed)", row.channel());
        metrics.attempt(row.channel(), "not-marked", "none");
        return Mono.empty();
    }

    /** A part's claim ran out before it was marked: nothing was written. */
    private static final class LeaseLost extends RuntimeException {

        LeaseLost() {
            super("the part's claim ran out before it was marked", null, false, false);
        }
    }

    private Mono<Void> giveUp(OutboxRows.Claimed row, Instant now, String reason, String detail) {
        log.warn("{} part given up: {}", row.channel(), reason);
        return finish(row, new OutboxRows.Attempt(row.attempts(), now, now, "failed", reason, detail), reason);
    }

    private Mono<Void> finish(OutboxRows.Claimed row, OutboxRows.Attempt attempt, @Nullable String giveUpReason) {
        if (giveUpReason != null) {
            metrics.giveUp(row.channel(), giveUpReason);
            channelMetrics.failed(row.channel(), giveUpReason);
        }
        return finishes.submit(new OutboxRows.Finished(row, attempt));
    }

    private Duration backoff(int attempts) {
        long millis = properties.firstBackoff().toMillis() << Math.min(attempts - 1, 20);
        millis = Math.min(millis, properties.maxBackoff().toMillis());
        return Duration.ofMillis(millis + (long) (millis * 0.2 * ThreadLocalRandom.current().nextDouble()));
    }
}
