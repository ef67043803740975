package vn.anm.assistant.report;

/** What happened, as picked from the list the intake offers; free text goes to {@link ReportDraft#whatHappened()}. */
public enum IncidentKind {
    /** Someone posing as police, tax office, bank, electricity or telecom staff. */
    IMPERSONATION,
    /** Investment, trading or online "tasks" that pay at first, then ask for more. */
    INVESTMENT_OR_TASK_SCAM,
    /** Paid for goods or services online that never came. */
    ONLINE_SHOPPING,
    /** Online loans, debt collection harassment. */
    LOAN,
    /** A social network, e-mail or bank account taken over. */
    ACCOUNT_TAKEOVER,
    /** A strange link, file or app installed; phishing. */
    MALICIOUS_LINK_OR_APP,
    /** Romance or friendship used to ask for money. */
    ROMANCE,
    /** Threats, blackmail, sharing of private images. */
    EXTORTION,
    /** Anything else (described in free text). */
    OTHER
}
