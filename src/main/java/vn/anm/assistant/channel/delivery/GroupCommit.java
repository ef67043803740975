package vn.anm.assistant.channel.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

/**
 * Writes that arrive while earlier ones are committing wait and are committed together, in one
 * transaction: a write is never delayed on purpose (alone, it is committed at once), but under load one
 * commit — one round trip, one flush of the log — carries many. {@link #submit} completes once the
 * transaction holding its item has committed. When a batch of several fails, each of its items is tried
 * again alone, so one bad item fails only its own caller.
 */
final class GroupCommit<T> {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final String name;
    private final int maxBatch;
    private final int maxConcurrent;
    private final Scheduler scheduler;
    private final Function<List<T>, Mono<Void>> commit;
    private final Queue<Waiting<T>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger committing = new AtomicInteger();
    private final AtomicInteger draining = new AtomicInteger();

    /**
     * @param commit writes a batch atomically (in one transaction, or as one statement)
     * @param maxConcurrent transactions in flight at once; items arriving meanwhile form the next batch
     * @param scheduler where a batch's write is subscribed ({@link Dialect#writes()})
     */
    GroupCommit(String name, int maxBatch, int maxConcurrent, Scheduler scheduler, Function<List<T>, Mono<Void>> commit) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.maxConcurrent = maxConcurrent;
        this.scheduler = scheduler;
        this.commit = commit;
    }

    Mono<Void> submit(T item) {
        return Mono.create(sink -> {
            queue.add(new Waiting<>(item, sink));
            drain();
        });
    }

    /**
     * Starts commits while items wait and fewer than {@code maxConcurrent} are in flight. Never runs inside itself:
     * with a scheduler that subscribes in place (PostgreSQL), a write that ends at once (a failure to get a connection,
     * say) calls drain again from its own {@code doFinally}; that call only counts itself, and the running loop goes
     * round again, instead of one stack frame per batch until the stack overflows.
     */
    private void drain() {
        if (draining.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            startCommits();
            missed = draining.addAndGet(-missed);
        } while (missed != 0);
    }

    private void startCommits() {
        while (!queue.isEmpty()) {
            int now = committing.get();
            if (now >= maxConcurrent) {
                return; // the commit in flight drains again when it ends
            }
            if (!committing.compareAndSet(now, now + 1)) {
                continue;
            }
            List<Waiting<T>> batch = new ArrayList<>();
            for (Waiting<T> next; batch.size() < maxBatch && (next = queue.poll()) != null;) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                committing.decrementAndGet();
                continue;
            }
            write(batch)
                    .subscribeOn(scheduler)
                    .doFinally(signal -> {
                        committing.decrementAndGet();
                        drain();
                    })
                    .subscribe();
        }
    }

    /** Commits the batch; never fails itself, each caller learns its own item's fate. */
    private Mono<Void> write(List<Waiting<T>> batch) {
        return Mono.defer(() -> commit.apply(batch.stream().map(Waiting::item).toList()))
                .doOnSuccess(done -> batch.forEach(waiting -> waiting.sink().success()))
                .onErrorResume(e -> {
                    if (batch.size() == 1) {
                        batch.get(0).sink().error(e);
                        return Mono.empty();
                    }
                    log.debug("{}: a batch of {} failed ({}), each is tried alone", name, batch.size(), e.toString());
                    return Flux.fromIterable(batch).concatMap(waiting -> write(List.of(waiting))).then();
                });
    }

    private record Waiting<T>(T item, MonoSink<Void> sink) {
    }
}
