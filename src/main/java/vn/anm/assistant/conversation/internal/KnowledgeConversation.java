package vn.anm.assistant.conversation.internal;

import java.util.List;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.ReplyComposer;
import vn.anm.assistant.knowledge.Topic;

/**
 * The first conversation: every message is a question for the knowledge base. A button payload
 * "topic:ID" answers that topic directly; CLARIFY offers the candidates as buttons.
 */
@Service
class KnowledgeConversation implements Conversation {

    static final String TOPIC_PAYLOAD = "topic:";

    private final AnswerMatcher matcher;
    private final KnowledgeBase knowledgeBase;
    private final ReplyComposer composer;

    KnowledgeConversation(AnswerMatcher matcher, KnowledgeBase knowledgeBase, ReplyComposer composer) {
        this.matcher = matcher;
        this.knowledgeBase = knowledgeBase;
        this.composer = composer;
    }

    @Override
    public Mono<ConversationReply> handle(InboundMessage message) {
        if (message.payload() != null && message.payload().startsWith(TOPIC_PAYLOAD)) {
            return Mono.justOrEmpty(knowledgeBase.topic(message.payload().substring(TOPIC_PAYLOAD.length())))
                    .map(this::answer)
                    .switchIfEmpty(Mono.fromSupplier(() -> fallback()));
        }
        String text = message.text() != null ? message.text() : message.payload();
        if (text == null || text.isBlank()) {
            return Mono.just(fallback());
        }
        MatchResult result = matcher.match(text);
        return Mono.just(switch (result.decision()) {
            case ANSWER -> answer(result.topic());
            case CLARIFY -> new ConversationReply(List.of(new Reply(composer.compose(result),
                    result.candidates().stream().map(c -> new Button(c.title(), TOPIC_PAYLOAD + c.topic())).toList(), null)),
                    Decision.CLARIFY.name(), null);
            case FALLBACK -> fallback();
        });
    }

    private ConversationReply answer(Topic topic) {
        List<Button> related = topic.related().stream()
                .flatMap(id -> knowledgeBase.topic(id).stream())
                .limit(3)
                .map(t -> new Button(t.title(), TOPIC_PAYLOAD + t.id()))
                .toList();
        return new ConversationReply(List.of(new Reply(knowledgeBase.answerText(topic), related, null)), Decision.ANSWER.name(), topic.id());
    }

    private ConversationReply fallback() {
        return new ConversationReply(List.of(Reply.text(composer.fallback())), Decision.FALLBACK.name(), null);
    }
}
