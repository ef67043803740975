package vn.anm.assistant.moderation;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.MeterRegistry;
import vn.anm.assistant.conversation.AnswerPreview;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.UnansweredLog;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.knowledge.KnowledgeWorkbench;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.editing.ChannelPreview;
import vn.anm.assistant.moderation.editing.DraftEditions;
import vn.anm.assistant.moderation.editing.FolderArchive;
import vn.anm.assistant.moderation.editing.KnowledgeEditing;
import vn.anm.assistant.moderation.gate.PublishGate;
import vn.anm.assistant.moderation.gate.TestSets;
import vn.anm.assistant.moderation.inbox.UnansweredInbox;
import vn.anm.assistant.moderation.security.ConsoleSessions;

/** The console's services, shared by its pages and the admin API. */
@Configuration(proxyBeanMethods = false)
class ModerationConfiguration {

    @Bean
    DraftEditions draftEditions(KnowledgeWorkbench workbench) {
        return new DraftEditions(workbench);
    }

    @Bean
    TestSets testSets(DatabaseClient db, TransactionalOperator transaction, Clock clock) {
        return new TestSets(db, transaction, clock);
    }

    @Bean
    PublishGate publishGate(KnowledgeStore store, DraftEditions editions, TestSets sets, ConsoleProperties properties) {
        return new PublishGate(store, editions, sets, properties.gate());
    }

    @Bean
    KnowledgeEditing knowledgeEditing(KnowledgeStore store, KnowledgeWorkbench workbench, PublishGate gate, AuditLog audit,
            MeterRegistry meters) {
        return new KnowledgeEditing(store, workbench, gate, audit, meters);
    }

    @Bean
    ChannelPreview channelPreview(AnswerPreview answers) {
        return new ChannelPreview(answers);
    }

    @Bean
    UnansweredInbox unansweredInbox(UnansweredLog unanswered, FeedbackLog feedback, KnowledgeStore store, DatabaseClient db, Clock clock) {
        return new UnansweredInbox(unanswered, feedback, store, db, clock);
    }

    @Bean
    FolderArchive folderArchive(KnowledgeWorkbench workbench) {
        return new FolderArchive(workbench);
    }

    @Bean
    SessionSweep consoleSessionSweep(ConsoleSessions sessions) {
        return new SessionSweep(sessions);
    }

    /** Removes timed-out sessions every quarter of an hour (a lookup also refuses and removes them). */
    static final class SessionSweep {

        private final ConsoleSessions sessions;

        SessionSweep(ConsoleSessions sessions) {
            this.sessions = sessions;
        }

        @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
        void sweep() {
            sessions.sweep().subscribe();
        }
    }
}
