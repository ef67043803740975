package vn.anm.assistant.channel.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A claim's rows are worked on only once the claim has completed. On PostgreSQL an {@code UPDATE … RETURNING}
 * streams its rows before it commits; a row handled meanwhile could not yet see its own lease (the outbox's
 * {@code SENDING} mark found it lost, and the part waited out the 30 s lease: 719 of 17,000 parts in a loaded
 * webhook benchmark).
 */
class PollingWorkerTests {

    @Test
    void noRowIsHandledBeforeItsClaimHasCompleted() {
        Sinks.Many<String> claim = Sinks.many().unicast().onBackpressureBuffer();
        AtomicBoolean claimCompleted = new AtomicBoolean();
        List<String> handledBeforeCommit = new CopyOnWriteArrayList<>();
        List<String> handled = new CopyOnWriteArrayList<>();
        PollingWorker<String> worker = new PollingWorker<>("test-worker", 8, Duration.ofHours(1), Duration.ZERO) {
            private boolean claimed;

            @Override
            synchronized Flux<String> claim(int limit) {
                if (claimed) {
                    return Flux.empty();
                }
                claimed = true;
                return claim.asFlux().doOnComplete(() -> claimCompleted.set(true));
            }

            @Override
            Mono<Void> handle(String row) {
                if (!claimCompleted.get()) {
                    handledBeforeCommit.add(row);
                }
                handled.add(row);
                return Mono.empty();
            }

            @Override
            Mono<Void> release(String row) {
                return Mono.empty();
            }
        };
        worker.start();
        try {
            claim.tryEmitNext("part-1");
            claim.tryEmitNext("part-2");
            sleep(300); // a worker that handles rows as they stream would have handled both by now
            assertThat(handled).as("nothing handled while the claim's statement has not completed").isEmpty();

            claim.tryEmitComplete();
            Flux.interval(Duration.ofMillis(5)).takeUntil(tick -> handled.size() == 2).blockLast(Duration.ofSeconds(10));

            assertThat(handled).containsExactlyInAnyOrder("part-1", "part-2"); // each row on its own worker thread
            assertThat(handledBeforeCommit).isEmpty();
        } finally {
            worker.stop(Duration.ofSeconds(1));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
