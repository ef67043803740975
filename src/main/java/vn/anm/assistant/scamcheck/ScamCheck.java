package vn.anm.assistant.scamcheck;

import java.util.List;

import reactor.core.publisher.Mono;

/** The scam check as the conversation uses it. */
public interface ScamCheck {

    /** Items in the message, at most a handful, in the order written; empty for most messages (cheap, no I/O). */
    List<CheckedItem> recognise(String text);

    /** A verdict per item; counts the check under a keyed hash of each item. Never fetches anything named in the message. */
    Mono<List<Verdict>> check(List<CheckedItem> items, String channel);

    /** The verdict in plain Vietnamese, one message. */
    String describe(Verdict verdict);

    /** What to do now, after the verdicts. */
    String advice(List<Verdict> verdicts);

    /** A citizen's "Báo số/đường link này": the item joins the review queue, never the blocklist directly. */
    Mono<Void> report(ItemKind kind, String value, String channel);

    /** The reply after {@link #report}. */
    String reportedThanks();
}
