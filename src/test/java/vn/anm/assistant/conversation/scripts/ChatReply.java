package vn.anm.assistant.conversation.scripts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** The reply of POST /api/v1/chat, as a script checks it. */
record ChatReply(List<Message> messages, String decision, @Nullable String topic) {

    record Message(String text, @Nullable List<Button> buttons) {

        List<Button> buttonList() {
            return buttons == null ? List.of() : buttons;
        }
    }

    record Button(String title, String payload) {
    }

    String text() {
        return messages.stream().map(Message::text).collect(Collectors.joining("\n"));
    }

    List<Button> buttons() {
        return messages.stream().flatMap(m -> m.buttonList().stream()).toList();
    }

    Optional<String> payloadOf(String title) {
        return buttons().stream().filter(b -> b.title().equals(title)).map(Button::payload).findFirst();
    }
}
