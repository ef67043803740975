package vn.anm.assistant.conversation.phrases;

/** Short messages the bot answers without searching the knowledge base. */
public enum Phrase {
    /** Commands that work anywhere. */
    MENU, CANCEL, CONTACTS,
    /** Small talk. */
    GREETING, THANKS, ACKNOWLEDGE, GOODBYE;

    public boolean isSmallTalk() {
        return ordinal() >= GREETING.ordinal();
    }
}
