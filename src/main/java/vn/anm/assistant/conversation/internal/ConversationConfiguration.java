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

/**
 * Wires the conversation. The state store, feedback log and unanswered log are database beans from
 * {@code conversation.storage}.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    static final String TEXTS = "messages/conversation.properties";

    @Bean
    Conversation conversation(KnowledgeBase knowledgeBase, AnswerMatcher matcher, ReplyComposer composer,
            ConversationStateStore states, FeedbackLog feedback, UnansweredLog unanswered) {
        ReplyTexts texts = new ReplyTexts(TEXTS);
        MenuCatalog catalog = new MenuCatalog(knowledgeBase, texts);
        MenuReplies menu = new MenuReplies(catalog, knowledgeBase, texts);
        Replies replies = new Replies(menu, new AnswerReplies(knowledgeBase, composer, menu, texts),
                new UrgentReplies(knowledgeBase, menu, texts), new TopicListReportFlow(catalog, menu, texts));
        PayloadHandler payloads = new PayloadHandler(replies, knowledgeBase, feedback, texts);
        ShortcutHandler shortcuts = new ShortcutHandler(new PhraseRecognizer(), menu, payloads);
        QuestionHandler questions = new QuestionHandler(new UrgentDetector(), matcher, replies,
                new UnansweredRecorder(unanswered, new PersonalDataMask()), texts);
        return new GuidedConversation(states, replies, payloads, shortcuts, questions, Clock.systemUTC());
    }
}
