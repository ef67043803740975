package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.alert.LocalAlert;
import vn.anm.assistant.alert.LocalAlerts;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;
import vn.anm.assistant.knowledge.ReplyTexts;

/**
 * "Cảnh báo mới" (the button, or typed, anywhere — also inside the intake): the local alerts valid now, beside the
 * conversation, whose state is left as it was.
 */
record AlertListHandler(LocalAlerts alerts, AlertItems items, PhraseMatcher vocabulary, ReplyTexts texts) implements TurnHandler {

    static final String PAYLOAD = "alerts";

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String text = turn.text();
        if (!PAYLOAD.equals(turn.message().payload()) && (text == null || !vocabulary.says(Words.ALERTS, text))) {
            return Optional.empty();
        }
        return Optional.of(alerts.active(turn.now()).map(active -> Turn.aside(TurnKind.ALERTS, turn.state(), list(active))));
    }

    private List<Reply> list(List<LocalAlert> active) {
        List<Button> menu = List.of(new Button(texts.get("button.menu"), Payloads.MENU));
        if (active.isEmpty()) {
            return List.of(new Reply(texts.get("alert.none"), menu, null));
        }
        List<Reply> messages = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            messages.add(new Reply(items.item(active.get(i)), i == active.size() - 1 ? menu : List.of(), null));
        }
        return messages;
    }
}
