package vn.anm.assistant.channel.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

class OrderedDispatcherTests {

    private final OrderedDispatcher dispatcher = new OrderedDispatcher(
            new DeliveryProperties(4, 1000, Duration.ofSeconds(1), 0, Duration.ZERO, Duration.ZERO, Duration.ofHours(1), 100));

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    @Test
    void eachUsersJobsRunInOrderAndAtMostConcurrencyRunAtOnce() {
        Map<String, List<Integer>> done = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            for (String user : List.of("a", "b", "c", "d", "e", "f")) {
                int n = i;
                dispatcher.submit(user, Mono.defer(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    return Mono.delay(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1, 8)))
                            .doOnNext(x -> done.computeIfAbsent(user, k -> Collections.synchronizedList(new ArrayList<>())).add(n))
                            .then()
                            .doOnTerminate(running::decrementAndGet);
                }));
            }
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.pending() == 0);
        assertThat(done).hasSize(6);
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inOrder.add(i);
        }
        done.values().forEach(list -> assertThat(list).isEqualTo(inOrder));
        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(4).isGreaterThan(1);
    }

    @Test
    void aFailingJobDoesNotStopItsLane() {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        dispatcher.submit("a", Mono.error(new IllegalStateException("boom")));
        dispatcher.submit("a", Mono.fromRunnable(() -> done.add("next")));

        await().atMost(Duration.ofSeconds(5)).until(() -> done.contains("next"));
    }

    @Test
    void refusesWhenTooManyJobsWait() {
        OrderedDispatcher small = new OrderedDispatcher(
                new DeliveryProperties(1, 2, Duration.ofSeconds(1), 0, Duration.ZERO, Duration.ZERO, Duration.ofHours(1), 100));
        try {
            small.submit("a", Mono.never());
            small.submit("a", Mono.empty());
            assertThat(small.hasRoomFor(1)).isFalse();
        } finally {
            small.stop();
        }
    }
}
