package vn.anm.assistant.channel.delivery;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Claims rows from a table and works on them, at most {@code capacity} at once. Polls every
 * {@code pollEvery}, and sooner when {@link #nudge nudged} (new work committed here), but never more
 * often than every {@code minGap}: claims are coalesced. Under load each claim is a statement and a
 * commit, so the gap decides how many rows one claim carries; when idle a nudge claims at once.
 * {@link #stop} stops claiming and waits for the work in hand.
 */
abstract class PollingWorker<T> {

    private static final Logger log = LoggerFactory.getLogger(PollingWorker.class);

    private final String name;
    private final int capacity;
    private final Duration pollEvery;
    private final long minGapNanos;
    private volatile ScheduledExecutorService timer;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean running;
    private volatile long lastPoll;

    PollingWorker(String name, int capacity, Duration pollEvery, Duration minGap) {
        this.name = name;
        this.capacity = capacity;
        this.pollEvery = pollEvery;
        this.minGapNanos = minGap.toNanos();
        this.timer = newTimer();
    }

    private ScheduledExecutorService newTimer() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The most rows one claim takes (a full claim polls again at once). */
    int maxClaim() {
        return capacity;
    }

    /** Claims up to {@code limit} rows for this instance. */
    abstract Flux<T> claim(int limit);

    /** Works on one claimed row; never fails. */
    abstract Mono<Void> handle(T row);

    /** Frees a claimed row that will not be worked on here (only while stopping). */
    abstract Mono<Void> release(T row);

    /** Starts polling; after a {@link #stop} (a paused test context, a restart of the lifecycle) again. */
    synchronized void start() {
        if (timer.isShutdown()) {
            timer = newTimer();
        }
        running = true;
        timer.scheduleWithFixedDelay(this::poll, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean running() {
        return running;
    }

    int inFlight() {
        return inFlight.get();
    }

    /** New work may be there: poll soon. */
    void nudge() {
        if (!running) {
            return;
        }
        if (polling.get()) {
            again.set(true);
            return;
        }
        if (scheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, lastPoll + minGapNanos - System.nanoTime());
            try {
                timer.schedule(() -> {
                    scheduled.set(false);
                    poll();
                }, wait, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                scheduled.set(false);
            }
        }
    }

    private void poll() {
        if (!running || !polling.compareAndSet(false, true)) {
            return;
        }
        lastPoll = System.nanoTime();
        again.set(false);
        int free = Math.min(capacity - inFlight.get(), maxClaim());
        if (free <= 0) {
            polling.set(false);
            return;
        }
        AtomicInteger claimed = new AtomicInteger();
        // a claim's rows are handled once the claim has completed: on PostgreSQL an UPDATE … RETURNING streams its
        // rows before its commit, and a row handled meanwhile (the outbox's SENDING mark, WHERE lease_owner = the
        // claim) did not see the lease yet, found it lost and left the part to wait out the lease (30 s)
        Flux.defer(() -> claim(free))
                .collectList()
                .flatMapIterable(rows -> rows)
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(row -> {
                    claimed.incrementAndGet();
                    if (!running) {
                        release(row).onErrorResume(e -> Mono.empty()).subscribe();
                        return;
                    }
                    inFlight.incrementAndGet();
                    Mono.defer(() -> handle(row))
                            .subscribeOn(Schedulers.boundedElastic())
                            .onErrorResume(e -> {
                                log.error("{}: a row could not be handled: {}", name, e.toString());
                                return Mono.empty();
                            })
                            .doFinally(signal -> {
                                inFlight.decrementAndGet();
                                nudge();
                            })
                            .subscribe();
                })
                .doFinally(signal -> {
                    polling.set(false);
                    if (again.get() || claimed.get() >= free) {
                        nudge(); // more may be waiting
                    }
                })
                .subscribe(row -> { }, e -> log.warn("{}: claim failed, the next poll retries: {}", name, e.getClass().getName()));
    }

    /** Stops claiming, then waits up to {@code grace} for the work in hand. Returns what was still running. */
    synchronized int stop(Duration grace) {
        running = false;
        long deadline = System.nanoTime() + grace.toNanos();
        while ((inFlight.get() > 0 || polling.get()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        timer.shutdownNow();
        return inFlight.get();
    }
}
