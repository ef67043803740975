package vn.anm.assistant.knowledge;

/** What the matcher recommends doing with a message. */
public enum Decision {
    /** One entry is clearly best: answer with it. */
    ANSWER,
    /** Two or three entries are plausible: offer them. */
    CLARIFY,
    /** Nothing relevant: say so honestly. */
    FALLBACK
}
