package vn.anm.assistant.conversation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyComposer;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Severity;
import vn.anm.assistant.knowledge.Topic;

/**
 * Answers with their follow-ups (👍/👎, up to three related topics), the candidates to choose from when
 * the matcher is unsure, and the honest "not found" that offers the menu and the emergency line.
 */
final class AnswerReplies {

    static final int MAX_RELATED = 3;

    private final KnowledgeBase knowledgeBase;
    private final ReplyComposer composer;
    private final MenuReplies menu;
    private final ReplyTexts texts;

    AnswerReplies(KnowledgeBase knowledgeBase, ReplyComposer composer, MenuReplies menu, ReplyTexts texts) {
        this.knowledgeBase = knowledgeBase;
        this.composer = composer;
        this.menu = menu;
        this.texts = texts;
    }

    Turn answer(Topic topic, ConversationState state, Instant now) {
        List<Button> followUps = new ArrayList<>();
        followUps.add(new Button(texts.get("button.helpful"), Payloads.HELPFUL + topic.id()));
        followUps.add(new Button(texts.get("button.not-helpful"), Payloads.NOT_HELPFUL + topic.id()));
        if (topic.severity() == Severity.URGENT) {
            followUps.add(menu.reportButton());
        }
        List<Topic> related = topic.related().stream()
                .flatMap(id -> knowledgeBase.topic(id).stream())
                .limit(MAX_RELATED)
                .toList();
        related.forEach(t -> followUps.add(menu.topicButton(t)));
        followUps.add(menu.menuButton());
        String question = texts.get(related.isEmpty() ? "answer.feedback.short" : "answer.feedback");
        List<String> offered = related.stream().map(Topic::id).toList();
        return Turn.of(TurnKind.ANSWER, topic.id(), state.answered(topic.id(), offered, now),
                List.of(Reply.text(knowledgeBase.answerText(topic)), new Reply(question, followUps, null)));
    }

    Turn clarify(List<Candidate> candidates, ConversationState state, Instant now) {
        List<Button> buttons = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        for (Candidate candidate : candidates) {
            knowledgeBase.topic(candidate.topic()).ifPresent(topic -> {
                buttons.add(menu.topicButton(topic));
                offered.add(topic.id());
            });
        }
        buttons.add(menu.menuButton());
        return Turn.of(TurnKind.CLARIFY, state.withStep("clarify", offered, now),
                new Reply(composer.clarify(candidates), buttons, null));
    }

    Turn fallback(ConversationState state, Instant now) {
        return Turn.of(TurnKind.FALLBACK, state.withStep(ConversationState.IDLE, List.of(), now),
                new Reply(composer.fallback(), List.of(menu.menuButton(), menu.contactsButton(), menu.reportButton()), null));
    }

    Turn unknownTopic(ConversationState state, Instant now) {
        return Turn.of(TurnKind.FALLBACK, state.withStep(ConversationState.IDLE, List.of(), now),
                new Reply(texts.get("answer.unknown-topic"), menu.mainMenu(), null));
    }
}
