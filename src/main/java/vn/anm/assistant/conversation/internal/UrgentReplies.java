package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.conversation.urgent.UrgentKind;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;

/**
 * The reply to someone who has just been robbed, threatened or hacked: first what to do in the next
 * minutes, then the offer to file a report, the matching topic and the contacts.
 */
final class UrgentReplies {

    private final KnowledgeBase knowledgeBase;
    private final MenuReplies menu;
    private final ReplyTexts texts;

    UrgentReplies(KnowledgeBase knowledgeBase, MenuReplies menu, ReplyTexts texts) {
        this.knowledgeBase = knowledgeBase;
        this.menu = menu;
        this.texts = texts;
    }

    Turn urgent(UrgentKind kind, TurnContext turn) {
        List<Button> buttons = new ArrayList<>();
        Button report = menu.reportButton();
        buttons.add(report);
        knowledgeBase.topic(texts.get("urgent." + kind.name() + ".topic"))
                .map(menu::topicButton)
                .filter(b -> !b.payload().equals(report.payload()))
                .ifPresent(buttons::add);
        buttons.add(menu.contactsButton());
        buttons.add(menu.menuButton());
        // The offer says what the report button does: the intake here, or how to report to the police.
        String offer = report.payload().equals(Payloads.REPORT_START) ? "urgent.report-offer" : "urgent.report-offer.how-to";
        return Turn.of(TurnKind.URGENT, turn.next(new Step.Urgent(kind.name().toLowerCase(Locale.ROOT))),
                Reply.text(texts.get("urgent." + kind.name())),
                new Reply(texts.get(offer), buttons, null));
    }
}
