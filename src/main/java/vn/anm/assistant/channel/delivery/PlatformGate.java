package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * Whether this instance sends to a platform now. After the platform answered 5xx, 429, a rate limit or
 * nothing at all, its parts wait: the gate stays shut for {@code platformPause} (doubling with each
 * further failure, up to {@code maxBackoff}), then one harmless probe request (no message) checks the
 * platform; only its success opens the gate again. So an outage costs no message part a new attempt,
 * and parts already attempted are not multiplied by blind retries. Once open again, sending resumes
 * gradually (16 parts in flight, one more per part delivered, up to {@code concurrency}), so a platform
 * just back, or its load balancer, is not hit by every waiting part at once.
 */
final class PlatformGate {

    private static final Logger log = LoggerFactory.getLogger(PlatformGate.class);

    private final ChannelSender sender;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Runnable opened;
    private static final int RESTART_ALLOWANCE = 16;

    private final AtomicBoolean probing = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int allowance;
    private volatile Instant shutUntil = Instant.MIN;
    private volatile boolean shut;
    private volatile int failures;

    PlatformGate(ChannelSender sender, DeliveryProperties properties, Clock clock, Runnable opened) {
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        this.opened = opened;
        this.allowance = properties.concurrency();
    }

    /** How many more parts may be sent now. */
    int room() {
        return Math.max(0, allowance - inFlight.get());
    }

    void sending() {
        inFlight.incrementAndGet();
    }

    void sent() {
        inFlight.decrementAndGet();
    }

    /** A part was delivered: the platform takes one more at once (doubling per round trip, like TCP's slow start). */
    void delivered() {
        if (allowance < properties.concurrency()) {
            allowance = Math.min(properties.concurrency(), allowance + 1);
        }
        if (shut) {
            succeeded();
        }
    }

    /** True when parts may be sent; when the pause is over, starts the probe that may open it. */
    boolean open() {
        if (!shut) {
            return true;
        }
        if (!clock.instant().isBefore(shutUntil) && probing.compareAndSet(false, true)) {
            Mono.defer(sender::probe)
                    .doOnSuccess(ok -> succeeded())
                    .onErrorResume(e -> {
                        failed();
                        return Mono.empty();
                    })
                    .doFinally(signal -> probing.set(false))
                    .subscribe();
        }
        return false;
    }

    synchronized void succeeded() {
        if (shut) {
            log.info("{} answers again: sending resumes, gradually", sender.channel());
            allowance = Math.min(RESTART_ALLOWANCE, properties.concurrency());
        }
        failures = 0;
        shut = false;
        opened.run();
    }

    synchronized void failed() {
        failures++;
        long pause = properties.platformPause().toMillis() << Math.min(failures - 1, 16);
        Duration wait = Duration.ofMillis(Math.min(pause, properties.maxBackoff().toMillis()));
        if (!shut) {
            log.warn("{} is not taking messages: sending paused, checking again in {}", sender.channel(), wait);
        }
        shut = true;
        shutUntil = clock.instant().plus(wait);
    }
}
