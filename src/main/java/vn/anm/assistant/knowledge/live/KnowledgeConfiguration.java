package vn.anm.assistant.knowledge.live;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.anm.assistant.knowledge.KnowledgeProperties;
import vn.anm.assistant.knowledge.ReplyComposer;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    LiveKnowledgeBase liveKnowledgeBase(KnowledgeProperties properties, ApplicationEventPublisher events) {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader(properties.dir(),
                ContactOverrides.from(System.getenv(), properties.contacts()));
        return new LiveKnowledgeBase(loader, properties.thresholds().toMatchThresholds(), events);
    }

    @Bean
    ReplyComposer replyComposer(LiveKnowledgeBase knowledgeBase) {
        return new ReplyComposer(knowledgeBase);
    }

    @Bean
    KnowledgeMetrics knowledgeMetrics(KnowledgeProperties properties, LiveKnowledgeBase knowledgeBase, MeterRegistry registry) {
        return new KnowledgeMetrics(properties.dir(), knowledgeBase, registry);
    }

    @Bean
    @ConditionalOnProperty(name = "anm.knowledge.watch", havingValue = "true", matchIfMissing = true)
    KnowledgeBaseWatcher knowledgeBaseWatcher(KnowledgeProperties properties, LiveKnowledgeBase knowledgeBase) {
        return new KnowledgeBaseWatcher(properties.dir(), properties.watchDebounce(), knowledgeBase::reload);
    }
}
