package vn.anm.assistant.channel.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Webhook requests and settled sends are committed in groups: what arrives while a commit runs waits for
 * the next one, nobody's write is lost or reported committed before it is, and one bad write fails only
 * its own caller.
 */
class GroupCommitTests {

    private final List<List<String>> transactions = new CopyOnWriteArrayList<>();

    @Test
    void writesArrivingDuringACommitAreCommittedTogetherAndEachCallerLearnsOnlyAfterItsCommit() {
        Sinks.Empty<Void> firstCommit = Sinks.empty();
        GroupCommit<String> commits = new GroupCommit<>("test", 100, 1, Schedulers.boundedElastic(), batch -> {
            transactions.add(batch);
            return transactions.size() == 1 ? firstCommit.asMono() : Mono.empty();
        });
        List<String> done = new CopyOnWriteArrayList<>();

        commits.submit("event-0").doOnSuccess(v -> done.add("event-0")).subscribe();
        awaitTransactions(1);
        for (int i = 1; i <= 20; i++) {
            String item = "event-" + i;
            commits.submit(item).doOnSuccess(v -> done.add(item)).subscribe();
        }

        assertThat(done).isEmpty(); // the first commit has not ended
        firstCommit.tryEmitEmpty();
        awaitTransactions(2);
        Flux.interval(Duration.ofMillis(5)).takeUntil(tick -> done.size() == 21).blockLast(Duration.ofSeconds(10));

        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(0)).containsExactly("event-0");
        assertThat(transactions.get(1)).hasSize(20).startsWith("event-1").endsWith("event-20"); // in arrival order
        assertThat(done).hasSize(21);
    }

    /**
     * On PostgreSQL a write is subscribed in place, and one that ends at once (no connection to be had, say) starts the
     * next batch from its own end: 20,000 such batches in a row must not nest 20,000 calls deep (the stack overflowed,
     * its callers were never answered and the commit slot never given back).
     */
    @Test
    void writesThatEndAtOnceOneAfterAnotherAnswerEveryCallerWithoutNesting() {
        Sinks.Empty<Void> firstCommit = Sinks.empty();
        GroupCommit<Integer> commits = new GroupCommit<>("test", 1, 1, Schedulers.immediate(), batch -> {
            if (batch.get(0) == 0) {
                return firstCommit.asMono();
            }
            return batch.get(0) % 2 == 0 ? Mono.empty() : Mono.error(new IllegalStateException("no connection"));
        });
        AtomicInteger answered = new AtomicInteger();
        commits.submit(0).subscribe();
        for (int i = 1; i <= 20_000; i++) { // queued behind the first commit, which holds the only slot
            commits.submit(i).doFinally(signal -> answered.incrementAndGet()).subscribe(v -> { }, e -> { });
        }

        firstCommit.tryEmitEmpty();

        assertThat(answered).hasValue(20_000);
        Mono<Void> afterwards = commits.submit(20_002);
        assertThat(afterwards.blockOptional(Duration.ofSeconds(5))).as("the slot was given back").isEmpty();
    }

    @Test
    void aBatchThatFailsIsRetriedOneByOneSoOnlyTheBadWriteFails() {
        Sinks.Empty<Void> firstCommit = Sinks.empty();
        GroupCommit<String> commits = new GroupCommit<>("test", 100, 1, Schedulers.boundedElastic(), batch -> {
            transactions.add(batch);
            if (transactions.size() == 1) {
                return firstCommit.asMono();
            }
            return batch.contains("bad") ? Mono.error(new IllegalStateException("constraint")) : Mono.empty();
        });
        commits.submit("first").subscribe();
        awaitTransactions(1);
        Mono<String> good1 = commits.submit("good-1").thenReturn("committed").onErrorReturn("failed");
        Mono<String> bad = commits.submit("bad").thenReturn("committed").onErrorReturn("failed");
        Mono<String> good2 = commits.submit("good-2").thenReturn("committed").onErrorReturn("failed");
        // queued behind the first commit in this order (zip subscribes in order), then the first is released
        Mono<List<String>> all = Mono.zip(good1, bad, good2).map(t -> List.of(t.getT1(), t.getT2(), t.getT3()));
        Sinks.One<List<String>> result = Sinks.one();
        all.subscribe(result::tryEmitValue);
        firstCommit.tryEmitEmpty();

        assertThat(result.asMono().block(Duration.ofSeconds(10))).containsExactly("committed", "failed", "committed");
        assertThat(transactions.get(1)).containsExactly("good-1", "bad", "good-2");
        assertThat(transactions.subList(2, transactions.size())).containsExactly(List.of("good-1"), List.of("bad"), List.of("good-2"));
    }

    private void awaitTransactions(int count) {
        Flux.interval(Duration.ofMillis(5)).takeUntil(tick -> transactions.size() >= count).blockLast(Duration.ofSeconds(10));
    }
}
