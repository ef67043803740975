package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.conversation.menu.MenuGroup;
import vn.anm.assistant.conversation.phrases.Phrase;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.TextFolding;
import vn.anm.assistant.knowledge.Topic;

/** Welcome, menu, group listings, contacts, small talk: the turns that guide without searching. */
final class MenuReplies {

    /** Topics per page: with "Xem thêm" and "Menu chính" a page stays within Facebook's 13 quick replies. */
    static final int PAGE_SIZE = 10;

    private final MenuCatalog catalog;
    private final KnowledgeBase knowledgeBase;
    private final ReplyTexts texts;
    private final ReportPromises promises;

    MenuReplies(MenuCatalog catalog, KnowledgeBase knowledgeBase, ReplyTexts texts, ReportPromises promises) {
        this.catalog = catalog;
        this.knowledgeBase = knowledgeBase;
        this.texts = texts;
        this.promises = promises;
    }

    Turn welcome(TurnContext turn) {
        return Turn.of(TurnKind.MENU, turn.next(Step.MENU),
                new Reply(texts.get("welcome", promises.operator(), texts.get("panic-line")), mainMenu(), null));
    }

    /** The one-line welcome put in front of the answer to a first message. */
    String shortWelcome() {
        return texts.get("welcome.short", promises.operator());
    }

    List<Button> mainMenu() {
        List<Button> buttons = new ArrayList<>();
        for (MenuGroup group : catalog.groups()) {
            buttons.add(new Button(group.button(), Payloads.group(group.key(), 1)));
        }
        buttons.add(reportButton());
        buttons.add(contactsButton());
        return buttons;
    }

    /** The payload of a main-menu button whose title was typed ("Pháp luật"), if any. */
    Optional<String> payloadForTitle(String folded) {
        return mainMenu().stream()
                .filter(b -> TextFolding.fold(b.title()).equals(folded))
                .map(Button::payload)
                .findFirst();
    }

    Optional<Turn> group(String key, int page, TurnContext turn) {
        return catalog.group(key).map(group -> {
            List<Topic> topics = group.topics();
            int pages = Math.max(1, (topics.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int current = Math.min(Math.max(page, 1), pages);
            List<Topic> shown = topics.subList((current - 1) * PAGE_SIZE, Math.min(current * PAGE_SIZE, topics.size()));
            List<String> lines = new ArrayList<>();
            lines.add(texts.get("group.intro", group.title()) + (pages > 1 ? " " + texts.get("group.page", current, pages) : ""));
            List<String> compact = new ArrayList<>(lines);
            List<Button> buttons = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                lines.add(texts.get("group.item", i + 1, shown.get(i).title()));
                buttons.add(topicButton(shown.get(i)));
            }
            lines.add(texts.get("group.outro"));
            compact.add(texts.get("group.outro"));
            if (current < pages) {
                buttons.add(new Button(texts.get("button.more"), Payloads.group(key, current + 1)));
            }
            buttons.add(menuButton());
            List<String> offered = shown.stream().map(Topic::id).toList();
            return Turn.of(TurnKind.GROUP, turn.next(new Step.Browsing(key), offered),
                    new Reply(String.join("\n", lines), buttons, null, String.join("\n", compact)));
        });
    }

    Turn contacts(TurnContext turn) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("contacts.intro"));
        List<String> provinceKeys = Arrays.stream(texts.get("contacts.province-keys").split(",")).map(String::strip).toList();
        boolean provinceNumber = false;
        for (Contact contact : knowledgeBase.contacts()) {
            if (contact.available()) {
                lines.add("• " + contact.rendered());
                provinceNumber |= provinceKeys.contains(contact.key());
            }
        }
        lines.add(texts.get(provinceNumber ? "contacts.outro" : "contacts.outro.no-province"));
        return Turn.of(TurnKind.CONTACTS, turn.next(new Step.Contacts()),
                new Reply(String.join("\n", lines), List.of(reportButton(), menuButton()), null));
    }

    Turn cancelled(TurnContext turn) {
        return Turn.of(TurnKind.CANCELLED, turn.next(Step.IDLE),
                new Reply(texts.get("cancelled"), mainMenu(), null));
    }

    Turn smallTalk(Phrase phrase, TurnContext turn) {
        String key = "smalltalk." + phrase.name().toLowerCase(Locale.ROOT);
        List<Button> buttons = phrase == Phrase.GOODBYE ? List.of(menuButton()) : mainMenu();
        return Turn.of(TurnKind.SMALL_TALK, turn.next(Step.IDLE), new Reply(texts.get(key), buttons, null));
    }

    /** Small talk as the first message ("cảm ơn"): the one-line welcome, then the usual short reply and the menu. */
    Turn firstSmallTalk(Phrase phrase, TurnContext turn) {
        String key = "smalltalk." + phrase.name().toLowerCase(Locale.ROOT);
        return Turn.of(TurnKind.SMALL_TALK, turn.next(Step.IDLE),
                new Reply(shortWelcome() + "\n" + texts.get(key), mainMenu(), null));
    }

    /** Text in another language: one line saying the assistant answers in Vietnamese, and the menu. */
    Turn otherLanguage(TurnContext turn) {
        return Turn.of(TurnKind.OTHER_LANGUAGE, turn.next(Step.MENU),
                new Reply(texts.get("other-language"), mainMenu(), null));
    }

    /** "Trình báo ngay" when the intake is offered (somebody reads reports); empty otherwise. */
    Optional<Button> reportHereButton() {
        return promises.intakeOffered() ? Optional.of(new Button(texts.get("button.report-here"), Payloads.REPORT_START)) : Optional.empty();
    }

    Turn attachment(TurnContext turn) {
        return Turn.of(TurnKind.ATTACHMENT, turn.unchanged(),
                new Reply(texts.get("attachment"), List.of(menuButton()), null));
    }

    Button topicButton(Topic topic) {
        return new Button(catalog.shortTitle(topic), Payloads.topic(topic.id()));
    }

    Button menuButton() {
        return new Button(texts.get("button.menu"), Payloads.MENU);
    }

    /**
     * "Trình báo sự việc" when somebody reads reports; otherwise the topic on how to report to the police
     * ("Cách trình báo"), or the section of such topics when the knowledge base lacks it.
     */
    Button reportButton() {
        if (promises.intakeOffered()) {
            return new Button(texts.get("button.report"), Payloads.REPORT_START);
        }
        return knowledgeBase.topic(texts.get("report.how-to.topic")).map(topic -> new Button(catalog.shortTitle(topic), Payloads.topic(topic.id())))
                .orElseGet(() -> new Button(texts.get("button.how-to-report"), Payloads.group(IntakeReplies.REPORT_TOPICS, 1)));
    }

    /** The knowledge-base topic on how to report to the police, if the knowledge base has it. */
    Optional<Topic> howToReport() {
        return knowledgeBase.topic(texts.get("report.how-to.topic"));
    }

    Button contactsButton() {
        return new Button(texts.get("button.contacts"), Payloads.CONTACTS);
    }
}
