package vn.anm.assistant.conversation.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where a turn's own work runs once the citizen's state is read: off the thread that delivered the state row.
 * On PostgreSQL that thread is one of the R2DBC driver's few event loops, which also carry the webhooks' inbox
 * commits; a turn's matching there holds back their acknowledgements.
 * <p>
 * The pool never interrupts its threads: {@code boundedElastic} interrupts a thread whose task is cancelled, and on the
 * embedded H2 — whose statements run on the calling thread — an interrupt during a file write closes the file channel
 * ({@code ClosedByInterruptException}) and with it the whole database. Sized like {@code boundedElastic} (ten per core),
 * since on H2 a turn's statements block the thread; idle threads end after a minute.
 */
final class TurnThreads implements AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final Scheduler scheduler;

    TurnThreads() {
        int threads = 10 * Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "anm-turn-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
        // a plain Executor (not the ExecutorService, which Reactor would cancel with interrupts): disposing a task
        // then only marks it, the thread is never interrupted
        Executor plain = executor::execute;
        scheduler = Schedulers.fromExecutor(plain);
    }

    Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        scheduler.dispose();
        executor.shutdown();
    }
}
