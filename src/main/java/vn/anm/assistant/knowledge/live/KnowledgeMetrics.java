package vn.anm.assistant.knowledge.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;

import vn.anm.assistant.knowledge.KnowledgeBaseRejected;
import vn.anm.assistant.knowledge.KnowledgeBaseReloaded;

/**
 * The knowledge base as operators see it: {@code anm.knowledge.version}, the version being served — the
 * published version number when the database is the source, else the newest modification time (epoch
 * seconds) of the files it was loaded from; equal on every instance serving the same content —
 * {@code anm.knowledge.entries}, and {@code anm.knowledge.reloads{outcome}} (applied, or refused while the
 * previous version keeps serving).
 */
final class KnowledgeMetrics {

    private final Path dir;
    private final MeterRegistry registry;
    private final AtomicLong version = new AtomicLong();

    KnowledgeMetrics(Path dir, LiveKnowledgeBase knowledgeBase, MeterRegistry registry) {
        this.dir = dir;
        this.registry = registry;
        version.set(newestModification(dir));
        Gauge.builder("anm.knowledge.version", knowledgeBase, kb -> kb.version() > 0 ? kb.version() : version.get())
                .description("The knowledge-base version served: the published number, or the files' newest modification (epoch s)")
                .register(registry);
        Gauge.builder("anm.knowledge.entries", knowledgeBase, kb -> kb.topics().size()).register(registry);
        registry.counter("anm.knowledge.reloads", "outcome", "applied");
        registry.counter("anm.knowledge.reloads", "outcome", "refused");
    }

    @EventListener
    void reloaded(KnowledgeBaseReloaded event) {
        version.set(newestModification(dir));
        registry.counter("anm.knowledge.reloads", "outcome", "applied").increment();
    }

    @EventListener
    void refused(KnowledgeBaseRejected event) {
        registry.counter("anm.knowledge.reloads", "outcome", "refused").increment();
    }

    static long newestModification(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(KnowledgeMetrics::modifiedSeconds).max().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0; // a file vanished during an edit: the next reload sets it again
        }
    }

    private static long modifiedSeconds(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().getEpochSecond();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
