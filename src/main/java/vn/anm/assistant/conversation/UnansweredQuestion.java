package vn.anm.assistant.conversation;

import java.time.Instant;
import java.util.List;

import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;

/**
 * A message the bot could not answer outright (FALLBACK) or had to ask back about (CLARIFY), for
 * moderators improving the knowledge base. {@code maskedText} has phone numbers, bank-account numbers
 * and e-mail addresses replaced; no user id is kept.
 */
public record UnansweredQuestion(String maskedText, Decision decision, ChannelKind channel, Instant at,
        List<Candidate> candidates) {

    public UnansweredQuestion {
        candidates = List.copyOf(candidates);
    }
}
