package vn.anm.assistant.conversation;

/** Where a message came from. */
public enum ChannelKind {
    WEB, FACEBOOK, ZALO
}
