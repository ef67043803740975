package vn.anm.assistant.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One message of the bot: text, a few suggestion buttons, optionally a link button. */
public record Reply(String text, List<Button> buttons, @Nullable LinkButton link) {

    public Reply {
        buttons = List.copyOf(buttons);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), null);
    }
}
