package vn.anm.assistant.conversation.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.TopicFeedback;
import vn.anm.assistant.conversation.TopicFeedback.Vote;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;

/**
 * A pressed button (its payload): menu, groups, topics, feedback, contacts, cancel, data deletion. Unknown ones show
 * the menu; a malformed payload that cannot even be read ("group::", a truncated one) is the menu too, never the
 * failure reply. Each payload goes straight to the reply that answers it.
 */
record ButtonHandler(MenuReplies menu, AnswerReplies answers, PersonalDataDeletion deletion, KnowledgeBase knowledgeBase,
        FeedbackLog feedback, ReplyTexts texts) implements TurnHandler {

    private static final Logger log = LoggerFactory.getLogger(ButtonHandler.class);

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String pressed = turn.message().payload();
        if (pressed == null || pressed.isBlank()) {
            return Optional.empty();
        }
        String payload = pressed.strip();
        try {
            if (payload.equals(Payloads.CONTACTS)) {
                return Optional.of(Mono.just(menu.contacts(turn)));
            }
            if (payload.equals(Payloads.CANCEL)) {
                return Optional.of(Mono.just(menu.cancelled(turn)));
            }
            if (deletion.handles(payload)) {
                return Optional.of(deletion.press(payload, turn));
            }
            if (payload.startsWith(Payloads.TOPIC)) {
                return Optional.of(Mono.just(knowledgeBase.topic(payload.substring(Payloads.TOPIC.length()))
                        .map(t -> answers.answer(t, turn)).orElseGet(() -> answers.unknownTopic(turn))));
            }
            if (payload.startsWith(Payloads.GROUP)) {
                // "group:KEY" or "group:KEY:PAGE"; anything else ("group::", "group:x:y:z") is the menu.
                String[] parts = payload.substring(Payloads.GROUP.length()).split(":", -1);
                int page = parts.length == 2 && parts[1].matches("\\d{1,2}") ? Integer.parseInt(parts[1]) : 1;
                Optional<Turn> group = parts.length <= 2 && !parts[0].isEmpty() ? menu.group(parts[0], page, turn) : Optional.empty();
                return Optional.of(Mono.just(group.orElseGet(() -> menu.welcome(turn))));
            }
            String voted = payload.startsWith(Payloads.HELPFUL) ? payload.substring(Payloads.HELPFUL.length())
                    : payload.startsWith(Payloads.NOT_HELPFUL) ? payload.substring(Payloads.NOT_HELPFUL.length()) : null;
            if (voted != null && knowledgeBase.topic(voted).isPresent()) {
                return Optional.of(vote(voted, payload.startsWith(Payloads.HELPFUL) ? Vote.HELPFUL : Vote.NOT_HELPFUL, turn));
            }
            return Optional.of(Mono.just(menu.welcome(turn))); // "menu", and anything unknown
        } catch (RuntimeException malformed) {
            log.info("Unreadable payload on {}: {}", turn.message().channel(), malformed.getClass().getName());
            return Optional.of(Mono.just(menu.welcome(turn)));
        }
    }

    /** A vote on a topic the knowledge base has: counted once per conversation. */
    private Mono<Turn> vote(String topic, Vote vote, TurnContext turn) {
        if (turn.state().hasRated(topic)) {
            return Mono.just(Turn.of(TurnKind.FEEDBACK, turn.unchanged(), new Reply(texts.get("feedback.again"), menu.mainMenu(), null)));
        }
        Reply thanks = vote == Vote.HELPFUL
                ? new Reply(texts.get("feedback.thanks.helpful"), menu.mainMenu(), null)
                : new Reply(texts.get("feedback.thanks.not-helpful"), List.of(menu.menuButton(), menu.contactsButton()), null);
        return feedback.record(new TopicFeedback(topic, vote, turn.message().channel(), turn.now()))
                .thenReturn(Turn.of(TurnKind.FEEDBACK, turn.state().rated(topic, turn.now()), thanks));
    }
}
