package vn.anm.assistant.channel;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.ReplyComposer;

/**
 * The channel tests check delivery — signatures, ordering, retries, deduplication — not wording, so
 * they talk to a stateless conversation that answers every message with exactly one reply from the
 * knowledge engine (payload "topic:ID" answers that topic). The real conversation runs through the
 * webhooks in the conversation scripts (src/test/resources/conversations).
 */
@TestConfiguration(proxyBeanMethods = false)
public class OneReplyConversation {

    @Bean
    @Primary
    Conversation oneReplyConversation(AnswerMatcher matcher, KnowledgeBase knowledgeBase, ReplyComposer composer) {
        return message -> {
            if (message.payload() != null && message.payload().startsWith("topic:")) {
                return Mono.just(knowledgeBase.topic(message.payload().substring(6))
                        .map(t -> new ConversationReply(List.of(new Reply(knowledgeBase.answerText(t), related(knowledgeBase, t.related()), null)), TurnKind.ANSWER, t.id()))
                        .orElseGet(() -> new ConversationReply(List.of(Reply.text(composer.fallback())), TurnKind.FALLBACK, null)));
            }
            String text = message.text() != null ? message.text() : String.valueOf(message.payload());
            MatchResult result = matcher.match(text);
            List<Button> buttons = result.candidates().stream().map(c -> new Button(c.title(), "topic:" + c.topic())).toList();
            return Mono.just(new ConversationReply(List.of(new Reply(composer.compose(result), buttons, null)),
                    TurnKind.valueOf(result.decision().name()), result.topic() == null ? null : result.topic().id()));
        };
    }

    private static List<Button> related(KnowledgeBase knowledgeBase, List<String> ids) {
        return ids.stream().flatMap(id -> knowledgeBase.topic(id).stream()).limit(3).map(t -> new Button(t.title(), "topic:" + t.id())).toList();
    }
}
