package vn.anm.assistant.knowledge.store;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeProperties;
import vn.anm.assistant.knowledge.live.KnowledgeEditions;
import vn.anm.assistant.knowledge.live.LiveKnowledgeBase;

/**
 * The database as the knowledge base's source (the default): an empty database is seeded from the
 * folder, the live version is built before the service takes requests, and a poll follows publishes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "anm.knowledge.source", havingValue = "database", matchIfMissing = true)
class KnowledgeStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeStoreConfiguration.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    @Bean
    KnowledgeRows knowledgeRows(DatabaseClient db) {
        return new KnowledgeRows(db);
    }

    /** Blocks the start (never the event loop) until the live version is built: no request sees an empty base. */
    @Bean
    StoredVersions storedVersions(KnowledgeRows rows, KnowledgeEditions editions, TransactionalOperator transaction, Clock clock) {
        return new StoredVersions(rows, editions, transaction, clock);
    }

    @Bean
    @DependsOnDatabaseInitialization
    LiveKnowledgeBase liveKnowledgeBase(StoredVersions loader, KnowledgeEditions editions, KnowledgeProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        Optional<Long> number = loader.liveNumber().blockOptional(START_TIMEOUT);
        if (number.isEmpty()) {
            KnowledgeContent seed = editions.read(properties.dir());
            boolean seeded = Boolean.TRUE.equals(loader.seed(seed).block(START_TIMEOUT));
            log.info(seeded ? "Knowledge base seeded from {} as version 1: {} entries" : "Another instance seeded the knowledge base ({} {})",
                    properties.dir().toAbsolutePath(), seed.topics().size());
            number = loader.liveNumber().blockOptional(START_TIMEOUT);
        }
        KnowledgeEdition edition = firstThatBuilds(loader, number.orElseThrow());
        // only a hint for developers: not worth delaying the start
        reactor.core.scheduler.Schedulers.boundedElastic().schedule(() -> warnWhenTheFolderDiffers(editions, properties, edition));
        return new LiveKnowledgeBase(edition, properties.thresholds().toMatchThresholds(), events, clock);
    }

    private static KnowledgeEdition firstThatBuilds(StoredVersions loader, long live) {
        try {
            return loader.build(loader.content(live).block(START_TIMEOUT), live);
        } catch (ContentRejected e) {
            log.error("Knowledge-base version {} does not build here ({}); trying the versions before it", live, e.getMessage());
            for (var older : loader.olderVersions(live, 10).collectList().block(START_TIMEOUT)) {
                try {
                    return loader.build(loader.content(older.number()).block(START_TIMEOUT), older.number());
                } catch (ContentRejected again) {
                    log.error("Knowledge-base version {} does not build either", older.number());
                }
            }
            throw e;
        }
    }

    private static void warnWhenTheFolderDiffers(KnowledgeEditions editions, KnowledgeProperties properties, KnowledgeEdition edition) {
        if (!Files.isDirectory(properties.dir().resolve("entries"))) {
            return;
        }
        try {
            KnowledgeContent folder = editions.read(properties.dir());
            if (!folder.equals(edition.content())) {
                log.warn("The folder {} differs from the published knowledge-base version {}: the database is the source and"
                        + " serves. To bring the folder in, import it in the console (Nhập/Xuất) and publish; to work on the"
                        + " files directly (development), start with ANM_KNOWLEDGE_SOURCE=files.",
                        properties.dir().toAbsolutePath(), edition.version());
            }
        } catch (RuntimeException e) {
            log.warn("The folder {} is not a valid knowledge base; the database version {} serves. {}", properties.dir().toAbsolutePath(),
                    edition.version(), e.getMessage());
        }
    }

    @Bean
    StoredKnowledge knowledgeStore(KnowledgeRows rows, StoredVersions versions, KnowledgeEditions editions, LiveKnowledgeBase live,
            TransactionalOperator transaction, Clock clock) {
        return new StoredKnowledge(rows, versions, editions, live, transaction, clock);
    }

    @Bean
    VersionPoller knowledgeVersionPoller(StoredVersions store, LiveKnowledgeBase live, KnowledgeProperties properties) {
        return new VersionPoller(store, live, properties.pollInterval());
    }
}
