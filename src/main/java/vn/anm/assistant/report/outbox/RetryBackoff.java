package vn.anm.assistant.report.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with a cap and up to 20 % jitter, so failed deliveries of many reports spread out. */
final class RetryBackoff {

    private final Duration first;
    private final Duration max;

    RetryBackoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** The wait after the {@code failures}-th failed attempt (1-based). */
    Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long millis = first.toMillis() << doublings;
        if (millis <= 0 || millis > max.toMillis()) {
            millis = max.toMillis();
        }
        return Duration.ofMillis(millis + (long) (millis * 0.2 * ThreadLocalRandom.current().nextDouble()));
    }
}
