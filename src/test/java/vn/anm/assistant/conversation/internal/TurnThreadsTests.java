package vn.anm.assistant.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * A turn cancelled while its thread works (a shutdown, a cancelled request) must not interrupt that thread: on the
 * embedded H2 the thread may be writing the database file, and an interrupt there closes the whole database.
 */
class TurnThreadsTests {

    @Test
    void aCancelledTurnDoesNotInterruptTheThreadDoingItsWork() throws Exception {
        try (TurnThreads threads = new TurnThreads()) {
            CountDownLatch working = new CountDownLatch(1);
            CountDownLatch cancelled = new CountDownLatch(1);
            CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
            Disposable turn = Mono.just("state row")
                    .publishOn(threads.scheduler())
                    .map(state -> {
                        working.countDown();
                        try {
                            // stands for a statement the thread is running when the turn is cancelled
                            cancelled.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        interrupted.complete(Thread.currentThread().isInterrupted());
                        return state;
                    })
                    .subscribe();
            assertThat(working.await(30, TimeUnit.SECONDS)).isTrue();
            turn.dispose();
            cancelled.countDown();
            assertThat(interrupted.get(30, TimeUnit.SECONDS)).as("the turn's thread was interrupted").isFalse();
        }
    }
}
