package vn.anm.assistant.conversation;

/**
 * What a turn was, reported as {@link ConversationReply#decision()}: the matcher's ANSWER, CLARIFY or FALLBACK for
 * questions, else the step of the conversation. The intake's questions are reported by their own names
 * ({@code REPORT_KIND}, {@code REPORT_WHEN}… {@code REPORT_SUMMARY}, see
 * {@link vn.anm.assistant.conversation.state.IntakeStep#decision()}). In JSON and in the dashboard's counts a
 * kind is its name, as the strings it replaced were.
 */
public enum TurnKind {
    MENU, GROUP, ANSWER, CLARIFY, FALLBACK, URGENT, CONTACTS, FEEDBACK, SMALL_TALK, CANCELLED, ATTACHMENT, OTHER_LANGUAGE,
    REPORT_CONSENT, REPORT_DECLINED, REPORT_RESUME, REPORT_EDIT, REPORT_SUBMITTED, REPORT_SHOWN_AGAIN, REPORT_FAILED, REPORT_CANCELLED,
    REPORT_KIND, REPORT_WHEN, REPORT_CONTACT, REPORT_COUNTERPART, REPORT_MONEY, REPORT_MONEY_BANK, REPORT_COMMUNE, REPORT_PHONE,
    REPORT_NOTES, REPORT_SUMMARY,
    DELETE_CONFIRM, DATA_DELETED, DELETE_KEPT,
    SCAM_CHECK, SCAM_REPORTED, ALERTS, REPORT_STATUS,
    /** Said by the channels without a turn: Zalo's welcome to a new follower, a message with no text (a sticker). */
    WELCOME, NOT_TEXT
}
