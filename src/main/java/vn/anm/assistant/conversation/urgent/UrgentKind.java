package vn.anm.assistant.conversation.urgent;

/** What has just happened to a citizen who needs to act in the next minutes. */
public enum UrgentKind {
    /**
     * "Bắt cóc online": a child or student told by fake police to isolate (rent a room alone, cut off the
     * family, keep the phone on), or a family asked for a ransom. The police (113) come first.
     */
    ONLINE_KIDNAPPING,
    /** A child is being lured, threatened, abused or is missing. */
    CHILD_IN_DANGER,
    /** Threatened or blackmailed (intimate images, debt collectors). */
    THREATENED,
    /** Money already transferred to a scammer, or taken from the account. */
    MONEY_SENT,
    /** An OTP, password or card number already given away. */
    SECRET_GIVEN,
    /** An account or phone just taken over. */
    ACCOUNT_TAKEN
}
