package vn.anm.assistant.conversation.internal;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.TopicFeedback;
import vn.anm.assistant.conversation.TopicFeedback.Vote;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;

/** Button presses: menu, groups, topics, feedback, contacts, cancel, the report intake and data deletion. Unknown ones show the menu. */
final class PayloadHandler {

    private final Replies replies;
    private final KnowledgeBase knowledgeBase;
    private final FeedbackLog feedback;
    private final ReplyTexts texts;

    PayloadHandler(Replies replies, KnowledgeBase knowledgeBase, FeedbackLog feedback, ReplyTexts texts) {
        this.replies = replies;
        this.knowledgeBase = knowledgeBase;
        this.feedback = feedback;
        this.texts = texts;
    }

    Mono<Turn> handle(String payload, TurnContext turn) {
        MenuReplies menu = replies.menu();
        if (payload.equals(Payloads.MENU)) {
            return Mono.just(menu.welcome(turn));
        }
        if (payload.equals(Payloads.CONTACTS)) {
            return Mono.just(menu.contacts(turn));
        }
        if (payload.equals(Payloads.CANCEL)) {
            return Mono.just(menu.cancelled(turn));
        }
        if (replies.deletion().handles(payload)) {
            return replies.deletion().press(payload, turn);
        }
        if (payload.startsWith(Payloads.TOPIC)) {
            String id = payload.substring(Payloads.TOPIC.length());
            return Mono.just(knowledgeBase.topic(id).map(t -> replies.answers().answer(t, turn))
                    .orElseGet(() -> replies.answers().unknownTopic(turn)));
        }
        if (payload.startsWith(Payloads.GROUP)) {
            // "group:KEY" or "group:KEY:PAGE"; anything else ("group::", "group:x:y:z") is the menu.
            String[] parts = payload.substring(Payloads.GROUP.length()).split(":", -1);
            int page = parts.length == 2 && parts[1].matches("\\d{1,2}") ? Integer.parseInt(parts[1]) : 1;
            Optional<Turn> group = parts.length <= 2 && !parts[0].isEmpty() ? menu.group(parts[0], page, turn) : Optional.empty();
            return Mono.just(group.orElseGet(() -> menu.welcome(turn)));
        }
        if (payload.startsWith(Payloads.HELPFUL)) {
            return vote(payload.substring(Payloads.HELPFUL.length()), Vote.HELPFUL, turn);
        }
        if (payload.startsWith(Payloads.NOT_HELPFUL)) {
            return vote(payload.substring(Payloads.NOT_HELPFUL.length()), Vote.NOT_HELPFUL, turn);
        }
        return Mono.just(menu.welcome(turn));
    }

    private Mono<Turn> vote(String topic, Vote vote, TurnContext turn) {
        MenuReplies menu = replies.menu();
        if (knowledgeBase.topic(topic).isEmpty()) {
            return Mono.just(menu.welcome(turn));
        }
        if (turn.state().hasRated(topic)) {
            return Mono.just(Turn.of(TurnKind.FEEDBACK, turn.unchanged(),
                    new Reply(texts.get("feedback.again"), menu.mainMenu(), null)));
        }
        Reply thanks = vote == Vote.HELPFUL
                ? new Reply(texts.get("feedback.thanks.helpful"), menu.mainMenu(), null)
                : new Reply(texts.get("feedback.thanks.not-helpful"), List.of(menu.menuButton(), menu.contactsButton()), null);
        return feedback.record(new TopicFeedback(topic, vote, turn.message().channel(), turn.now()))
                .thenReturn(Turn.of(TurnKind.FEEDBACK, turn.state().rated(topic, turn.now()), thanks));
    }
}
