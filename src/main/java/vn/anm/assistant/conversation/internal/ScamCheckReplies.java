package vn.anm.assistant.conversation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.ItemKind;
import vn.anm.assistant.scamcheck.ScamCheck;
import vn.anm.assistant.scamcheck.Verdict;

/**
 * The scam check in the chat (#17): a message with a link, phone number, account number or profile link gets a
 * verdict per item before anything else, then what to do and a "Báo … này" button per item; a long story around the
 * items is still answered (urgent advice first, or the matching topic after the verdicts). The button's payload
 * carries the item back, and pressing it puts the item in the moderators' review queue.
 */
final class ScamCheckReplies {

    static final String REPORT = "scamcheck:report:";
    static final String DECISION = "SCAM_CHECK";
    static final String REPORTED = "SCAM_REPORTED";
    /** Words around the items that make the message a story worth answering too. */
    private static final int STORY_WORDS = 6;
    private static final String ALREADY_DONE_TOPIC = "da-chuyen-tien-cho-ke-lua-dao";

    private final ScamCheck check;
    private final MenuReplies menu;
    private final KnowledgeBase knowledgeBase;
    private final QuestionHandler questions;
    private final ReplyTexts texts = new ReplyTexts("messages/scamcheck.properties");

    ScamCheckReplies(ScamCheck check, MenuReplies menu, KnowledgeBase knowledgeBase, QuestionHandler questions) {
        this.check = check;
        this.menu = menu;
        this.knowledgeBase = knowledgeBase;
        this.questions = questions;
    }

    Optional<Mono<Turn>> check(String text, InboundMessage message, ConversationState state, boolean fresh, Instant now) {
        List<CheckedItem> items = check.recognise(text);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(check.check(items, message.channel().name()).flatMap(verdicts -> {
            List<Reply> messages = verdictMessages(verdicts);
            Turn own = Turn.named(DECISION, state.withStep("scamcheck", List.of(), now), messages.toArray(Reply[]::new));
            if (!story(text)) {
                return Mono.just(fresh ? own.preceded(Reply.text(menu.shortWelcome())) : own);
            }
            return questions.handle(text, message, state, false, now).map(answer -> combined(own, answer, fresh));
        }));
    }

    /** Urgent advice goes first; a topic's answer after the verdicts; nothing when the knowledge base had nothing to say. */
    private Turn combined(Turn verdicts, Turn answer, boolean fresh) {
        String decision = answer.reply().decision();
        List<Reply> messages = new ArrayList<>();
        if (fresh && !decision.equals("URGENT")) {
            messages.add(Reply.text(menu.shortWelcome()));
        }
        if (decision.equals("URGENT")) {
            messages.addAll(answer.reply().messages());
            messages.addAll(verdicts.reply().messages());
            return new Turn(new ConversationReply(messages, decision, null), answer.state());
        }
        messages.addAll(verdicts.reply().messages());
        if (decision.equals("ANSWER")) {
            messages.addAll(answer.reply().messages());
            return new Turn(new ConversationReply(messages, DECISION, answer.reply().topic()), answer.state());
        }
        return new Turn(new ConversationReply(messages, DECISION, null), verdicts.state());
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
            buttons.add(new Button(title, REPORT + item.kind().name() + ":" + reportable(item)));
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

    /** "Báo số/đường link này": into the review queue, never onto the blocklist directly. */
    Mono<Turn> report(String payload, InboundMessage message, ConversationState state, Instant now) {
        String rest = payload.substring(REPORT.length());
        int colon = rest.indexOf(':');
        Mono<Void> queued = Mono.empty();
        if (colon > 0) {
            try {
                ItemKind kind = ItemKind.valueOf(rest.substring(0, colon));
                queued = check.report(kind, rest.substring(colon + 1), message.channel().name());
            } catch (IllegalArgumentException forged) {
                // an unknown kind: thank all the same, nothing is queued
            }
        }
        return queued.thenReturn(Turn.named(REPORTED, state.withStep("scamcheck", List.of(), now),
                new Reply(check.reportedThanks(), List.of(menu.menuButton()), null)));
    }
}
