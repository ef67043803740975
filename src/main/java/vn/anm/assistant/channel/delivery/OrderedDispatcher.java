package vn.anm.assistant.channel.delivery;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs accepted jobs in the background: at most {@code concurrency} at once, and the jobs of one
 * lane (one user of one channel) strictly one after another, in the order they were submitted.
 * A lane that waits does not hold up other lanes.
 */
@Component
public class OrderedDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OrderedDispatcher.class);

    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final int maxPending;
    private final Disposable worker;
    private volatile FluxSink<Lane> ready;

    OrderedDispatcher(DeliveryProperties properties) {
        this.maxPending = properties.maxPending();
        // Flux.create's sink is serialized: lanes may become ready on any thread.
        this.worker = Flux.<Lane>create(sink -> ready = sink)
                .flatMap(this::runNext, properties.concurrency())
                .subscribe();
    }

    /** Whether {@code count} more jobs fit; when not, the caller refuses the webhook so the platform retries. */
    public boolean hasRoomFor(int count) {
        return pending.get() + count <= maxPending;
    }

    public int pending() {
        return pending.get();
    }

    /** Queues {@code job} behind the lane's earlier jobs; it starts later, on another thread. */
    public void submit(String laneKey, Mono<Void> job) {
        pending.incrementAndGet();
        boolean[] start = {false};
        lanes.compute(laneKey, (key, lane) -> {
            Lane current = lane != null ? lane : new Lane(key);
            current.jobs.add(job);
            if (!current.running) {
                current.running = true;
                start[0] = true;
            }
            return current;
        });
        if (start[0]) {
            ready.next(lanes.get(laneKey));
        }
    }

    private Mono<Void> runNext(Lane lane) {
        Mono<Void>[] next = nextJob(lane);
        return Mono.defer(() -> next[0])
                .subscribeOn(Schedulers.parallel()) // never on the webhook's thread: its 200 must not wait
                .onErrorResume(e -> {
                    log.error("A channel job failed unexpectedly: {}", e.toString());
                    return Mono.empty();
                })
                .doFinally(signal -> finished(lane));
    }

    @SuppressWarnings("unchecked")
    private Mono<Void>[] nextJob(Lane lane) {
        Mono<Void>[] next = new Mono[1];
        lanes.computeIfPresent(lane.key, (key, current) -> {
            next[0] = current.jobs.poll();
            return current;
        });
        if (next[0] == null) {
            next[0] = Mono.empty();
        }
        return next;
    }

    private void finished(Lane lane) {
        pending.decrementAndGet();
        boolean[] again = {false};
        lanes.computeIfPresent(lane.key, (key, current) -> {
            if (current != lane) {
                return current; // not ours: a new lane for the same user, already running
            }
            if (current.jobs.isEmpty()) {
                return null; // the lane is idle: forget it
            }
            again[0] = true;
            return current;
        });
        if (again[0]) {
            ready.next(lane);
        }
    }

    @PreDestroy
    void stop() {
        worker.dispose();
    }

    /** One user's queue; its fields are only touched inside the map's compute for its key. */
    private static final class Lane {
        final String key;
        final Queue<Mono<Void>> jobs = new ArrayDeque<>();
        boolean running;

        Lane(String key) {
            this.key = key;
        }
    }
}
