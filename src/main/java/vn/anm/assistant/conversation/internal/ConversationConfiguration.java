package vn.anm.assistant.conversation.internal;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.OperatorProperties;
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
import vn.anm.assistant.alert.LocalAlerts;
import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.stats.ConversationCounts;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.ReportLookup;
import vn.anm.assistant.report.ReportProperties;
import vn.anm.assistant.report.ReportReaders;
import vn.anm.assistant.scamcheck.ScamCheck;

/**
 * Wires the conversation. The state store, feedback log and unanswered log are database beans from
 * {@code conversation.storage}.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConversationConfiguration.class);

    static final String TEXTS = "messages/conversation.properties";

    @Bean
    Conversation conversation(KnowledgeBase knowledgeBase, AnswerMatcher matcher, ReplyComposer composer,
            ConversationStateStore states, FeedbackLog feedback, UnansweredLog unanswered, ReportIntake intake,
            ReportProperties reportProperties, ReportReaders readers, OperatorProperties operator,
            @Value("${anm.conversation.record-retention:180d}") Duration recordRetention,
            @Value("${anm.conversation.communes:classpath:places/lang-son-units.tsv}") Resource communes, MeterRegistry registry,
            Clock clock, ReportLookup lookup, LocalAlerts alerts, DataProtection protection, ConversationCounts counts, ScamCheck scamCheck) {
        ConversationMetrics metrics = new ConversationMetrics(registry);
        ReplyTexts texts = new ReplyTexts(TEXTS);
        if (!operator.named()) {
            log.warn("ANM_OPERATOR_NAME is not set: the welcome and the report consent say \"{}\" instead of the agency's name",
                    texts.get("operator.default"));
        }
        ReportPromises promises = promises(readers, operator, texts);
        MenuCatalog catalog = new MenuCatalog(knowledgeBase, texts);
        MenuReplies menu = new MenuReplies(catalog, knowledgeBase, texts, promises);
        AnswerReplies answers = new AnswerReplies(knowledgeBase, composer, menu, texts, recordRetention);
        Replies replies = new Replies(menu, answers, new UrgentReplies(knowledgeBase, menu, texts),
                reportFlow(intake, reportProperties, promises, catalog, menu, answers, texts, CommuneNames.read(communes)),
                new PersonalDataDeletion(intake, menu, texts, recordRetention));
        PayloadHandler payloads = new PayloadHandler(replies, knowledgeBase, feedback, texts);
        ShortcutHandler shortcuts = new ShortcutHandler(new PhraseRecognizer(), menu, payloads);
        QuestionHandler questions = new QuestionHandler(new UrgentDetector(), matcher, replies,
                new UnansweredRecorder(unanswered, new PersonalDataMask()), metrics);
        ScamCheckReplies scamChecks = new ScamCheckReplies(scamCheck, menu, knowledgeBase, questions); // #17
        Conversation metered = new MeteredConversation(new AlertConversation(new ReportStatusConversation( // #14: alerts, "tra cứu LS-…"
                new GuidedConversation(states, replies, payloads, shortcuts, questions, scamChecks, clock), lookup, texts, reportProperties.zone()),
                alerts, protection, texts, reportProperties.zone()), metrics);
        // #14: the dashboard's anonymous daily counts, around everything
        return new CountedConversation(metered, counts);
    }

    @Bean
    ConversationAnswerPreview answerPreview(ReportReaders readers, OperatorProperties operator,
            @Value("${anm.conversation.record-retention:180d}") Duration recordRetention, Clock clock) {
        ReplyTexts texts = new ReplyTexts(TEXTS);
        return new ConversationAnswerPreview(texts, promises(readers, operator, texts), recordRetention, clock);
    }

    private static ReportPromises promises(ReportReaders readers, OperatorProperties operator, ReplyTexts texts) {
        return new ReportPromises(readers, texts, operator.named() ? operator.name().strip() : texts.get("operator.default"));
    }

    private static ReportFlow reportFlow(ReportIntake intake, ReportProperties properties, ReportPromises promises,
            MenuCatalog catalog, MenuReplies menu, AnswerReplies answers, ReplyTexts texts, CommuneNames communes) {
        BankNames banks = new BankNames(texts);
        IntakeReplies replies = new IntakeReplies(menu, catalog, answers, new DraftDescription(texts), texts, promises,
                properties.retention(), properties.draftRetention());
        IntakeAnswers intakeAnswers = new IntakeAnswers(new CounterpartReader(banks), new MoneyReader(banks), banks, communes, texts);
        return new IntakeReportFlow(intake, replies, intakeAnswers);
    }
}
