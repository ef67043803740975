package vn.anm.assistant.channel.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the inbox and outbox workers with the application and stops them gracefully: on shutdown
 * (SIGTERM) both stop claiming, turns and sends already started get {@code shutdown-grace} to finish,
 * and everything else stays in the database for the next instance. It stops after the web server
 * (a later phase), so no webhook is accepted once the workers are gone — and an accepted one is in
 * the database anyway. Nothing waits only in memory.
 */
final class DeliveryPipeline implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPipeline.class);

    private final InboxWorker inbox;
    private final OutboxWorker outbox;
    private final DeliveryProperties properties;
    private volatile boolean running;

    DeliveryPipeline(InboxWorker inbox, OutboxWorker outbox, DeliveryProperties properties) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public void start() {
        outbox.start();
        inbox.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        long started = System.nanoTime();
        int turns = inbox.stop(properties.shutdownGrace());
        java.time.Duration left = properties.shutdownGrace().minusNanos(System.nanoTime() - started);
        int sends = outbox.stop(left.isNegative() ? java.time.Duration.ZERO : left);
        if (turns + sends > 0) {
            log.warn("Stopped with {} turn(s) and {} send(s) unfinished after {}: their leases expire and another instance"
                    + " takes them over", turns, sends, properties.shutdownGrace());
        } else {
            log.info("Delivery stopped; what waits stays in the database");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Below the web server's phases: started before it, stopped after it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
