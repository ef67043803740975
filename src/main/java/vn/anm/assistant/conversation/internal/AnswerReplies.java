package vn.anm.assistant.conversation.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.Step;
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
    private final long keptDays;

    /** {@code kept}: how long an unanswered question is kept for moderators (anm.conversation.record-retention). */
    AnswerReplies(KnowledgeBase knowledgeBase, ReplyComposer composer, MenuReplies menu, ReplyTexts texts, Duration kept) {
        this.knowledgeBase = knowledgeBase;
        this.composer = composer;
        this.menu = menu;
        this.texts = texts;
        this.keptDays = kept.toDays();
    }

    Turn answer(Topic topic, TurnContext turn) {
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
        // Without an intake, the report button is a topic: never offer the answer just given, nor one twice.
        Set<String> payloads = new HashSet<>();
        followUps.removeIf(b -> b.payload().equals(Payloads.topic(topic.id())) || !payloads.add(b.payload()));
        String question = texts.get(related.isEmpty() ? "answer.feedback.short" : "answer.feedback");
        List<String> offered = related.stream().map(Topic::id).toList();
        Turn answered = Turn.of(TurnKind.ANSWER, topic.id(), turn.state().answered(topic.id(), offered, turn.now()),
                List.of(Reply.text(knowledgeBase.answerText(topic)), new Reply(question, followUps, null)));
        // How to report: the intake itself is offered right here, not only the way to the police station.
        return topic.id().equals(texts.get("report.how-to.topic")) ? offeringReport(answered) : answered;
    }

    /**
     * The turn with "Trình báo ngay" first on its last message and a line saying the report can be made in the
     * chat ("tôi muốn trình báo lừa đảo", "làm đơn tố giác"); unchanged while nobody reads reports.
     */
    Turn offeringReport(Turn turn) {
        Optional<Button> reportHere = menu.reportHereButton();
        List<Reply> messages = turn.messages();
        if (reportHere.isEmpty() || messages.isEmpty()) {
            return turn;
        }
        Reply last = messages.get(messages.size() - 1);
        if (last.buttons().stream().anyMatch(b -> b.title().equals(reportHere.get().title()))) {
            return turn;
        }
        List<Button> buttons = new ArrayList<>();
        buttons.add(reportHere.get());
        last.buttons().stream().filter(b -> !b.payload().equals(Payloads.REPORT_START)).forEach(buttons::add);
        return turn.withLast(new Reply(texts.get("answer.report-here") + "\n" + last.text(), buttons, last.link()));
    }

    Turn clarify(List<Candidate> candidates, TurnContext turn) {
        return clarify(candidates, List.of(), turn);
    }

    /**
     * "bị lừa" and the matcher unsure: a victim first sees "Đã chuyển tiền" (what to do right now) and the report,
     * then the candidates; a warning about recovery scams is never the first thing offered to a victim.
     */
    Turn clarifyForVictim(List<Candidate> candidates, TurnContext turn) {
        List<Button> lead = new ArrayList<>();
        knowledgeBase.topic(texts.get("clarify.victim.topic"))
                .ifPresent(topic -> lead.add(new Button(texts.get("button.money-sent"), Payloads.topic(topic.id()))));
        lead.add(menu.reportHereButton().map(b -> new Button(texts.get("button.report"), b.payload())).orElseGet(menu::reportButton));
        return clarify(candidates, lead, turn);
    }

    private Turn clarify(List<Candidate> candidates, List<Button> lead, TurnContext turn) {
        List<Button> buttons = new ArrayList<>(lead);
        List<String> offered = new ArrayList<>();
        for (Candidate candidate : candidates) {
            knowledgeBase.topic(candidate.topic()).ifPresent(topic -> {
                buttons.add(menu.topicButton(topic));
                offered.add(topic.id());
            });
        }
        buttons.add(menu.menuButton());
        Set<String> payloads = new HashSet<>();
        buttons.removeIf(b -> !payloads.add(b.payload())); // the lead's topic again among the candidates
        return Turn.of(TurnKind.CLARIFY, turn.next(new Step.Clarifying(), offered),
                new Reply(composer.clarify(candidates), buttons, null));
    }

    /** Nothing found: the panic line first, the honest "not found", and that the question is kept (masked). */
    Turn fallback(TurnContext turn) {
        String text = texts.get("panic-line") + "\n" + composer.fallback() + "\n" + texts.get("fallback.kept", keptDays);
        return Turn.of(TurnKind.FALLBACK, turn.next(Step.IDLE),
                new Reply(text, List.of(menu.menuButton(), menu.contactsButton(), menu.reportButton()), null));
    }

    /** The turn could not be handled (nothing was kept): the same as not found, without the note on keeping it. */
    Turn failure(TurnContext turn) {
        return Turn.of(TurnKind.FALLBACK, turn.next(Step.IDLE),
                new Reply(texts.get("panic-line") + "\n" + composer.fallback(),
                        List.of(menu.menuButton(), menu.contactsButton(), menu.reportButton()), null));
    }

    Turn unknownTopic(TurnContext turn) {
        return Turn.of(TurnKind.FALLBACK, turn.next(Step.IDLE),
                new Reply(texts.get("answer.unknown-topic"), menu.mainMenu(), null));
    }
}
