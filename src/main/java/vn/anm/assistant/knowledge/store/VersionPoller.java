package vn.anm.assistant.knowledge.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.knowledge.live.LiveKnowledgeBase;

/**
 * Keeps this instance on the version the database says is live: a one-row read every poll interval,
 * and when the number moved, the version is read, built off the event loop and swapped in. A version
 * that does not build here is not retried until the number moves again; the previous one keeps serving.
 */
public final class VersionPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VersionPoller.class);

    private final StoredVersions store;
    private final LiveKnowledgeBase live;
    private final Duration interval;
    private final AtomicLong failed = new AtomicLong(-1);
    private volatile Disposable polling;

    VersionPoller(StoredVersions store, LiveKnowledgeBase live, Duration interval) {
        this.store = store;
        this.live = live;
        this.interval = interval;
    }

    @Override
    public void start() {
        polling = Flux.interval(interval, interval, Schedulers.parallel())
                .onBackpressureDrop()
                .concatMap(tick -> check().onErrorResume(e -> {
                    log.warn("Checking the live knowledge-base version failed: {}", e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    /** One check: swaps in the live version when it is not the one served. */
    Mono<Void> check() {
        return store.liveNumber()
                .filter(number -> number != live.version() && number != failed.get())
                .flatMap(number -> store.content(number)
                        .publishOn(Schedulers.boundedElastic())
                        .map(content -> store.build(content, number))
                        .doOnNext(live::serve)
                        .doOnError(e -> {
                            failed.set(number);
                            log.error("Knowledge-base version {} does not build on this instance; version {} keeps serving. {}",
                                    number, live.version(), e.getMessage());
                        })
                        .onErrorResume(e -> Mono.empty()))
                .then();
    }

    @Override
    public void stop() {
        Disposable current = polling;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return polling != null && !polling.isDisposed();
    }
}
