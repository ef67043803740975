package vn.anm.assistant.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

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
import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.PhraseRecognizer;
import vn.anm.assistant.conversation.state.ConversationStateStore;
import vn.anm.assistant.conversation.unanswered.PersonalDataMask;
import vn.anm.assistant.conversation.urgent.UrgentDetector;
import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.KnowledgeProperties;
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
            Clock clock, ReportLookup lookup, LocalAlerts alerts, DataProtection protection, ConversationCounts counts, ScamCheck scamCheck,
            KnowledgeProperties knowledge, MenuCatalog catalog, TurnThreads turns) {
        ConversationMetrics metrics = new ConversationMetrics(registry);
        ReplyTexts texts = new ReplyTexts(TEXTS);
        if (!operator.named()) {
            log.warn("ANM_OPERATOR_NAME is not set: the welcome and the report consent say \"{}\" instead of the agency's name",
                    texts.get("operator.default"));
        }
        // the vocabulary moderators edit with the lexicon, as published; the folder's file until a version has it
        PhraseMatcher words = PhraseMatcher.live(() -> knowledgeBase.lexicon().conversation(), knowledge.dir());
        PhraseRecognizer phrases = new PhraseRecognizer(words);
        ReportPromises promises = promises(readers, operator, texts);
        MenuReplies menu = new MenuReplies(catalog, knowledgeBase, texts, promises);
        AnswerReplies answers = new AnswerReplies(knowledgeBase, composer, menu, texts, recordRetention);
        ReportFlow report = reportFlow(intake, reportProperties, promises, catalog, menu, answers, texts, CommuneNames.read(communes), words);
        PersonalDataDeletion deletion = new PersonalDataDeletion(intake, words, menu, texts, recordRetention);
        AlertItems alertItems = new AlertItems(texts, reportProperties.zone());
        Conversation guided = new GuidedConversation(states, handlers(new Paths(menu, answers, report, deletion, new ButtonHandler(menu, answers, deletion, knowledgeBase, feedback, texts), phrases, words,
                new UrgentHandler(new UrgentDetector(words), new UrgentReplies(knowledgeBase, menu, texts), metrics),
                new QuestionHandler(matcher, answers, menu, new UnansweredRecorder(unanswered, new PersonalDataMask()), words)),
                new AlertListHandler(alerts, alertItems, words, texts), new ReportStatusHandler(lookup, texts, reportProperties.zone()),
                scamCheck, knowledgeBase), answers, menu, turns.scheduler(), clock);
        Conversation metered = new MeteredConversation(new AlertNotices(guided, alerts, alertItems, protection, texts, clock), metrics);
        // the dashboard's anonymous daily counts, around everything
        return new CountedConversation(metered, counts, clock);
    }

    /** The threads turns run on after the state read (not the database driver's). */
    @Bean
    TurnThreads turnThreads() {
        return new TurnThreads();
    }

    /** What the handlers are built from. */
    private record Paths(MenuReplies menu, AnswerReplies answers, ReportFlow report, PersonalDataDeletion deletion,
            ButtonHandler buttons, PhraseRecognizer phrases, PhraseMatcher words, UrgentHandler urgent, QuestionHandler question) {
    }

    /**
     * The paths a message can take, in the order they are tried: the first handler that takes the message makes the
     * turn. Lookups beside the conversation first (they work anywhere, even inside the intake), then buttons, the
     * deletion request, the intake while it is under way, typed shortcuts, the scam check, and the question last.
     */
    private static List<TurnHandler> handlers(Paths paths, AlertListHandler alertList, ReportStatusHandler reportStatus,
            ScamCheck scamCheck, KnowledgeBase knowledgeBase) {
        MenuReplies menu = paths.menu();
        OtherLanguageHandler otherLanguage = new OtherLanguageHandler(menu);
        return List.of(
                alertList,                                                   // "cảnh báo mới", the Cảnh báo button
                reportStatus,                                                // "tra cứu LS-…"
                new ScamReportHandler(scamCheck, menu),                      // "Báo số này" after a scam check
                new IntakeButtonHandler(paths.report()),                     // a button of the report intake
                paths.buttons(),                                             // any other button
                new NoTextHandler(menu),                                     // a picture, a sticker, an empty message
                new DeletionHandler(paths.deletion()),                       // "xóa dữ liệu của tôi" and its confirmation
                new IntakeHandler(paths.report(), paths.phrases()),          // the report intake under way
                new NoWordsHandler(menu),                                    // "?", "..."
                new ReportStartHandler(paths.report(), paths.words()),       // "trình báo"
                new CommandHandler(paths.phrases(), menu),                   // "menu", "hủy", "liên hệ"
                new ScamCheckHandler(scamCheck, menu, knowledgeBase,         // links, numbers, accounts
                        List.of(paths.urgent(), otherLanguage, paths.question())),
                new SmallTalkHandler(paths.phrases(), menu),                 // "chào", "cảm ơn", "ok"
                new MenuTitleHandler(menu, paths.answers(), knowledgeBase),  // "pháp luật" typed
                new NumberHandler(menu, paths.answers(), knowledgeBase),     // "2": one of the topics offered
                paths.urgent(),                                              // money just sent, a threat…
                otherLanguage,                                               // English and other languages
                paths.question());                                           // the knowledge base
    }

    /** The menu's groups, built again when the knowledge base is reloaded or a version published (a bean for that event). */
    @Bean
    MenuCatalog menuCatalog(KnowledgeBase knowledgeBase) {
        return new MenuCatalog(knowledgeBase, new ReplyTexts(TEXTS));
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
            MenuCatalog catalog, MenuReplies menu, AnswerReplies answers, ReplyTexts texts, CommuneNames communes, PhraseMatcher words) {
        BankNames banks = new BankNames(texts);
        IntakeReplies replies = new IntakeReplies(menu, catalog, answers, new DraftDescription(texts), texts, promises,
                properties.retention(), properties.draftRetention());
        IntakeAnswers intakeAnswers = new IntakeAnswers(new CounterpartReader(banks), new MoneyReader(banks), banks, communes, texts, words);
        return new IntakeReportFlow(intake, replies, intakeAnswers, words);
    }
}
