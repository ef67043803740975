package vn.anm.assistant.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import vn.anm.assistant.conversation.AnswerPreview;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyComposer;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Topic;

/** The answer turn of {@link AnswerReplies}, wired on the given knowledge base instead of the live one. */
final class ConversationAnswerPreview implements AnswerPreview {

    private final ReplyTexts texts;
    private final ReportPromises promises;
    private final Duration recordRetention;
    private final Clock clock;

    ConversationAnswerPreview(ReplyTexts texts, ReportPromises promises, Duration recordRetention, Clock clock) {
        this.texts = texts;
        this.promises = promises;
        this.recordRetention = recordRetention;
        this.clock = clock;
    }

    @Override
    public List<Reply> answer(KnowledgeBase knowledgeBase, Topic topic) {
        MenuReplies menu = new MenuReplies(new MenuCatalog(knowledgeBase, texts), knowledgeBase, texts, promises);
        AnswerReplies answers = new AnswerReplies(knowledgeBase, new ReplyComposer(knowledgeBase), menu, texts, recordRetention);
        return answers.answer(topic, TurnContext.preview(clock.instant())).messages();
    }
}
