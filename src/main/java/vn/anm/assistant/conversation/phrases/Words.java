package vn.anm.assistant.conversation.phrases;

import java.util.Locale;

/**
 * The word sets of the conversation vocabulary (knowledge-base/lexicon/conversation.tsv), beside the commands and
 * small talk of {@link Phrase}. In the file a set is named in lower case with dashes ({@code NO_MONEY} → {@code no-money}).
 */
public enum Words {
    /** Polite words around a phrase that change nothing ("ạ", "nhé", "ad"): one list for every phrase. */
    FILLER,
    /** The report intake: yes to the consent; a clear no. */
    CONSENT, DECLINE,
    /** The report intake: skip a question, go back one, cancel the report, send it, change an answer. */
    SKIP, BACK, INTAKE_CANCEL, SEND, EDIT,
    /** A draft left half-way: go on, or start again. */
    RESUME, RESTART,
    /** "trình báo": the whole message starts the intake. */
    REPORT_START,
    /** "không mất tiền" at the money question. */
    NO_MONEY,
    /** Anywhere in a message: the citizen wants to report ("làm đơn tố giác"). */
    REPORT_MENTION,
    /** Anywhere in a message: the citizen may have been scammed already ("bị lừa"). */
    VICTIM,
    /** "xóa dữ liệu của tôi", and the yes to its confirmation. */
    DELETE, CONFIRM_DELETE,
    /** "cảnh báo mới": the local alerts. */
    ALERTS;

    /** The set's name in the file. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
