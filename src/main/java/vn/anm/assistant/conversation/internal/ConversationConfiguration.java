package vn.anm.assistant.conversation.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.UnansweredLog;
import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.conversation.phrases.PhraseRecognizer;
import vn.anm.assistant.conversation.state.ConversationStateStore;
import vn.anm.assistant.conversation.unanswered.PersonalDataMask;
import vn.anm.assistant.conversation.urgent.UrgentDetector;
import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyComposer;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.ReportProperties;

/**
 * Wires the conversation. The state store, feedback log and unanswered log are database beans from
 * {@code conversation.storage}.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    static final String TEXTS = "messages/conversation.properties";

    @Bean
    Conversation conversation(KnowledgeBase knowledgeBase, AnswerMatcher matcher, ReplyComposer composer,
            ConversationStateStore states, FeedbackLog feedback, UnansweredLog unanswered, ReportIntake intake,
            ReportProperties reportProperties) {
        ReplyTexts texts = new ReplyTexts(TEXTS);
        MenuCatalog catalog = new MenuCatalog(knowledgeBase, texts);
        MenuReplies menu = new MenuReplies(catalog, knowledgeBase, texts);
        Replies replies = new Replies(menu, new AnswerReplies(knowledgeBase, composer, menu, texts),
                new UrgentReplies(knowledgeBase, menu, texts), reportFlow(intake, reportProperties, catalog, menu, texts),
                new PersonalDataDeletion(intake, menu, texts));
        PayloadHandler payloads = new PayloadHandler(replies, knowledgeBase, feedback, texts);
        ShortcutHandler shortcuts = new ShortcutHandler(new PhraseRecognizer(), menu, payloads);
        QuestionHandler questions = new QuestionHandler(new UrgentDetector(), matcher, replies,
                new UnansweredRecorder(unanswered, new PersonalDataMask()), texts);
        return new GuidedConversation(states, replies, payloads, shortcuts, questions, Clock.systemUTC());
    }

    @Bean
    ConversationAnswerPreview answerPreview() {
        return new ConversationAnswerPreview();
    }

    private static ReportFlow reportFlow(ReportIntake intake, ReportProperties properties, MenuCatalog catalog, MenuReplies menu,
            ReplyTexts texts) {
        BankNames banks = new BankNames(texts);
        IntakeReplies replies = new IntakeReplies(menu, catalog, new DraftDescription(texts), texts, properties.retention(),
                properties.draftRetention());
        IntakeAnswers answers = new IntakeAnswers(new CounterpartReader(banks), new MoneyReader(banks), banks, texts);
        return new IntakeReportFlow(intake, replies, answers);
    }
}
