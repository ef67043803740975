package vn.anm.assistant.conversation;

/** A suggestion shown as a quick reply or button; pressing it sends {@code payload} back. */
public record Button(String title, String payload) {
}
