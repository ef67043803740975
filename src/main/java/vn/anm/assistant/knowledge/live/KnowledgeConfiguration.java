package vn.anm.assistant.knowledge.live;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.anm.assistant.knowledge.KnowledgeProperties;
import vn.anm.assistant.knowledge.ReplyComposer;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/**
 * The knowledge module's beans. The live knowledge base comes from the database by default
 * ({@code knowledge.store}); with {@code anm.knowledge.source=files} it is the folder, watched for edits,
 * and the console can read but not change it.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    KnowledgeEditions knowledgeEditions(KnowledgeProperties properties) {
        return new KnowledgeEditions(ContactOverrides.from(System.getenv(), properties.contacts()),
                properties.thresholds().toMatchThresholds());
    }

    @Bean
    ReplyComposer replyComposer(LiveKnowledgeBase knowledgeBase) {
        return new ReplyComposer(knowledgeBase);
    }

    @Bean
    KnowledgeMetrics knowledgeMetrics(KnowledgeProperties properties, LiveKnowledgeBase knowledgeBase, MeterRegistry registry) {
        return new KnowledgeMetrics(properties.dir(), knowledgeBase, registry);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "anm.knowledge.source", havingValue = "files")
    static class FilesAsTheSource {

        @Bean
        LiveKnowledgeBase liveKnowledgeBase(KnowledgeProperties properties, KnowledgeEditions editions, ApplicationEventPublisher events,
                Clock clock) {
            return new LiveKnowledgeBase(new KnowledgeBaseLoader(properties.dir(), editions.contactOverrides()),
                    properties.thresholds().toMatchThresholds(), events, clock);
        }

        @Bean
        FolderKnowledgeStore knowledgeStore(LiveKnowledgeBase live) {
            return new FolderKnowledgeStore(live);
        }

        @Bean
        @ConditionalOnProperty(name = "anm.knowledge.watch", havingValue = "true", matchIfMissing = true)
        KnowledgeBaseWatcher knowledgeBaseWatcher(KnowledgeProperties properties, LiveKnowledgeBase knowledgeBase) {
            return new KnowledgeBaseWatcher(properties.dir(), properties.watchDebounce(), knowledgeBase::reload);
        }
    }
}
