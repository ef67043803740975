package vn.anm.assistant.conversation.scripts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;

/**
 * Keeps every reply the conversation gives, per user id, so a webhook driver learns the decision of a
 * turn (the platforms only see texts and buttons) and how many messages to wait for.
 */
final class ReplyRecorder {

    private final Map<String, List<ConversationReply>> replies = new ConcurrentHashMap<>();

    /** The {@code n}-th reply (1-based) to {@code userId}, once the conversation has given it. */
    ConversationReply await(String userId, int n) {
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> replies.getOrDefault(userId, List.of()).size() >= n);
        return replies.get(userId).get(n - 1);
    }

    int count(String userId) {
        return replies.getOrDefault(userId, List.of()).size();
    }

    private Conversation wrap(Conversation conversation) {
        return message -> conversation.handle(message)
                .doOnNext(reply -> replies.computeIfAbsent(message.userId(), u -> new CopyOnWriteArrayList<>()).add(reply));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        ReplyRecorder replyRecorder() {
            return new ReplyRecorder();
        }

        @Bean
        static BeanPostProcessor recordingConversation(org.springframework.beans.factory.ObjectProvider<ReplyRecorder> recorder) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof Conversation c ? recorder.getObject().wrap(c) : bean;
                }
            };
        }
    }
}
