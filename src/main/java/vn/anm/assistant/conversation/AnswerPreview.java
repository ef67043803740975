package vn.anm.assistant.conversation;

import java.util.List;

import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.Topic;

/**
 * The messages the conversation sends when it answers with an entry — the answer, then the feedback
 * question with its buttons (👍/👎, report when urgent, related topics, menu) — built against any
 * knowledge base, e.g. a moderator's draft, so the console previews exactly what citizens will get.
 */
public interface AnswerPreview {

    List<Reply> answer(KnowledgeBase knowledgeBase, Topic topic);
}
