package vn.anm.assistant.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One message of the bot: text, a few suggestion buttons, optionally a link button. {@code compactText}, when
 * set, is the same text without the numbered list that repeats the buttons ("1. Luật An ninh mạng…"): for a
 * channel that shows every button (the web page); Zalo, which shows five, keeps the list to type a number from.
 */
public record Reply(String text, List<Button> buttons, @Nullable LinkButton link, @Nullable String compactText) {

    public Reply {
        buttons = List.copyOf(buttons);
    }

    public Reply(String text, List<Button> buttons, @Nullable LinkButton link) {
        this(text, buttons, link, null);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), null);
    }
}
