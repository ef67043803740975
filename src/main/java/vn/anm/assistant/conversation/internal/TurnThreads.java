package vn.anm.assistant.conversation.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where a turn's own work runs once the citizen's state is read, when that state arrived on an event loop: on
 * PostgreSQL one of the R2DBC driver's few event loops, which also carry the webhooks' inbox commits; a turn's
 * matching there holds back their acknowledgements. (On H2 the turn stays on its caller's thread.)
 * <p>
 * The pool never interrupts its threads ({@code boundedElastic} interrupts a thread whose task is cancelled, and an
 * interrupt during a file write — the embedded H2, a knowledge file — closes the file channel). Sized like
 * {@code boundedElastic} (ten per core) in case a turn's work blocks; idle threads end after a minute.
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
