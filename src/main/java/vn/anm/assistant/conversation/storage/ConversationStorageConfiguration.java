package vn.anm.assistant.conversation.storage;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.anm.assistant.report.DataProtection;

/** The conversation's state store, unanswered log and feedback log, all in the database; one bean each. */
@Configuration(proxyBeanMethods = false)
class ConversationStorageConfiguration {

    @Bean
    StoredConversationStateStore conversationStateStore(DatabaseClient db, DataProtection protection,
            ConversationStorageProperties properties, Clock clock) {
        return new StoredConversationStateStore(db, protection, properties, clock);
    }

    @Bean
    StoredUnansweredLog unansweredLog(DatabaseClient db, DataProtection protection) {
        return new StoredUnansweredLog(db, protection);
    }

    @Bean
    StoredFeedbackLog feedbackLog(DatabaseClient db) {
        return new StoredFeedbackLog(db);
    }

    @Bean
    ConversationStoragePurge conversationStoragePurge(StoredConversationStateStore states, StoredUnansweredLog unanswered,
            StoredFeedbackLog feedback, ConversationStorageProperties properties, Clock clock) {
        return new ConversationStoragePurge(states, unanswered, feedback, properties, clock);
    }
}
