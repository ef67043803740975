package vn.anm.assistant.conversation.internal;

/**
 * What a turn was, reported as {@code ConversationReply.decision}: the matcher's ANSWER, CLARIFY or
 * FALLBACK for questions, else the step of the conversation.
 */
enum TurnKind {
    MENU, GROUP, ANSWER, CLARIFY, FALLBACK, URGENT, REPORT, CONTACTS, FEEDBACK, SMALL_TALK, CANCELLED, ATTACHMENT
}
