package vn.anm.assistant.conversation;

/** A button that opens a web address. */
public record LinkButton(String title, String url) {
}
