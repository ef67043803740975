package vn.anm.assistant.knowledge.live;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Watches knowledge-base/ and reloads after edits settle (an editor's save is several events).
 * Runs on its own two daemon threads, never on the event loop.
 */
public final class KnowledgeBaseWatcher implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseWatcher.class);

    private final Path root;
    private final Duration debounce;
    private final Runnable reload;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("kb-reload"));
    private WatchService watchService;
    private ScheduledFuture<?> pending;

    public KnowledgeBaseWatcher(Path root, Duration debounce, Runnable reload) {
        this.root = root;
        this.debounce = debounce;
        this.reload = reload;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        watchService = root.getFileSystem().newWatchService();
        registerTree(root);
        Thread thread = daemon("kb-watch").newThread(this::watchLoop);
        thread.start();
        log.info("Watching {} for knowledge-base edits", root.toAbsolutePath());
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                        registerTree(dir.resolve(name));
                    }
                }
                key.reset();
                scheduleReload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("Knowledge-base watch stopped; edits now need a restart", e);
        }
    }

    private synchronized void scheduleReload() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(reload, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void registerTree(Path start) throws IOException {
        try (Stream<Path> dirs = Files.walk(start)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    @Override
    public void destroy() throws IOException {
        scheduler.shutdownNow();
        if (watchService != null) {
            watchService.close();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
