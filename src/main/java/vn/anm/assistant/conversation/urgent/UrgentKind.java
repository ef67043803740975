package vn.anm.assistant.conversation.urgent;

/** What has just happened to a citizen who needs to act in the next minutes. */
public enum UrgentKind {
    /** A child is being lured, threatened, abused or is missing. */
    CHILD_IN_DANGER,
    /** Threatened or blackmailed (intimate images, debt collectors, "online kidnapping"). */
    THREATENED,
    /** Money already transferred to a scammer, or taken from the account. */
    MONEY_SENT,
    /** An OTP, password or card number already given away. */
    SECRET_GIVEN,
    /** An account or phone just taken over. */
    ACCOUNT_TAKEN
}
