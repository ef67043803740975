package vn.anm.assistant.conversation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.conversation.menu.MenuGroup;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Topic;

/** Until the intake flow exists: "Trình báo sự việc" says what to do first and lists the trinh-bao topics. */
final class TopicListReportFlow implements ReportFlow {

    static final String REPORT_SECTION = "report";

    private final MenuCatalog catalog;
    private final MenuReplies menu;
    private final ReplyTexts texts;

    TopicListReportFlow(MenuCatalog catalog, MenuReplies menu, ReplyTexts texts) {
        this.catalog = catalog;
        this.menu = menu;
        this.texts = texts;
    }

    @Override
    public Turn start(InboundMessage message, ConversationState state, Instant now) {
        List<Topic> topics = catalog.group(REPORT_SECTION).map(MenuGroup::topics).orElse(List.of());
        List<Button> buttons = new ArrayList<>();
        topics.forEach(t -> buttons.add(menu.topicButton(t)));
        buttons.add(menu.menuButton());
        return Turn.of(TurnKind.REPORT, state.withStep("report", topics.stream().map(Topic::id).toList(), now),
                new Reply(texts.get("report.intro"), buttons, null));
    }
}
