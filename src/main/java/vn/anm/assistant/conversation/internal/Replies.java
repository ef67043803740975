package vn.anm.assistant.conversation.internal;

/** The reply builders, passed around together. */
record Replies(MenuReplies menu, AnswerReplies answers, UrgentReplies urgent, ReportFlow report, PersonalDataDeletion deletion) {
}
