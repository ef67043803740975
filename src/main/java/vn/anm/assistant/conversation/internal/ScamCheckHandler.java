package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.ScamCheck;
import vn.anm.assistant.scamcheck.Verdict;

/**
 * The scam check in the chat (#17): a message with a link, phone number, account number or profile link gets a
 * verdict per item before anything else, then what to do and a "Báo … này" button per item; a long story around the
 * items is still answered (urgent advice first, or the matching topic after the verdicts). The button's payload
 * carries the item back, and pressing it puts the item in the moderators' review queue.
 */
final class ScamCheckHandler implements TurnHandler {

    /** Words around the items that make the message a story worth answering too. */
    private static final int STORY_WORDS = 6;
    private static final String ALREADY_DONE_TOPIC = "da-chuyen-tien-cho-ke-lua-dao";

    private final ScamCheck check;
    private final MenuReplies menu;
    private final KnowledgeBase knowledgeBase;
    private final List<TurnHandler> answering;
    private final ReplyTexts texts = new ReplyTexts("messages/scamcheck.properties");

    /** {@code answering}: the handlers that answer the story around the items (urgent advice, the knowledge base). */
    ScamCheckHandler(ScamCheck check, MenuReplies menu, KnowledgeBase knowledgeBase, List<TurnHandler> answering) {
        this.check = check;
        this.menu = menu;
        this.knowledgeBase = knowledgeBase;
        this.answering = List.copyOf(answering);
    }

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String text = turn.text();
        List<CheckedItem> items = check.recognise(text);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(check.check(items, turn.message().channel().name()).flatMap(verdicts -> {
            Turn own = Turn.of(TurnKind.SCAM_CHECK, null, turn.next(new Step.ScamChecked()), verdictMessages(verdicts));
            if (!story(text)) {
                return Mono.just(turn.firstTurn() ? own.preceded(Reply.text(menu.shortWelcome())) : own);
            }
            for (TurnHandler handler : answering) {
                Optional<Mono<Turn>> answer = handler.handle(turn.later());
                if (answer.isPresent()) {
                    return answer.get().map(answered -> combined(own, answered, turn));
                }
            }
            return Mono.just(own);
        }));
    }

    /** Urgent advice goes first; a topic's answer after the verdicts; nothing when the knowledge base had nothing to say. */
    private Turn combined(Turn verdicts, Turn answer, TurnContext turn) {
        List<Reply> messages = new ArrayList<>();
        if (answer.kind() == TurnKind.URGENT) {
            messages.addAll(answer.messages());
            messages.addAll(verdicts.messages());
            return answer.as(TurnKind.URGENT, null, messages);
        }
        if (turn.firstTurn()) {
            messages.add(Reply.text(menu.shortWelcome()));
        }
        messages.addAll(verdicts.messages());
        if (answer.kind() == TurnKind.ANSWER) {
            messages.addAll(answer.messages());
            return answer.as(TurnKind.SCAM_CHECK, answer.topic(), messages);
        }
        return verdicts.as(TurnKind.SCAM_CHECK, null, messages);
    }

    private List<Reply> verdictMessages(List<Verdict> verdicts) {
        List<Reply> messages = new ArrayList<>();
        for (Verdict v : verdicts) {
            messages.add(Reply.text(check.describe(v)));
        }
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            CheckedItem item = verdicts.get(i).item();
            if (verdicts.get(i) instanceof Verdict.Official || buttons.size() >= 3) { // Zalo shows five buttons in all
                continue;
            }
            String title = verdicts.size() == 1 ? texts.get("button.report." + item.kind().name()) : texts.get("button.report.numbered", i + 1);
            buttons.add(new Button(title, ScamReportHandler.REPORT + item.kind().name() + ":" + reportable(item)));
        }
        knowledgeBase.topic(ALREADY_DONE_TOPIC).ifPresent(t -> buttons.add(new Button(texts.get("button.already"), Payloads.topic(t.id()))));
        buttons.add(menu.menuButton());
        messages.add(new Reply(check.advice(verdicts), buttons, null));
        return messages;
    }

    /** Payloads stay short (the web chat takes 200 characters): a long link is reported by its host. */
    private static String reportable(CheckedItem item) {
        String value = item.value();
        if (value.length() > 150 && value.indexOf('/') > 0) {
            value = value.substring(0, value.indexOf('/'));
        }
        return value.length() > 150 ? value.substring(0, 150) : value;
    }

    private static boolean story(String text) {
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (!token.isBlank() && token.chars().noneMatch(c -> c == '.' || c == '/' || Character.isDigit(c))) {
                words++;
            }
        }
        return words >= STORY_WORDS;
    }

}
