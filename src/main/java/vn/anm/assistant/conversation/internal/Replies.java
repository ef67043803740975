package vn.anm.assistant.conversation.internal;

/** The reply builders a pressed button may lead to, passed around together. */
record Replies(MenuReplies menu, AnswerReplies answers, ReportFlow report, PersonalDataDeletion deletion) {
}
