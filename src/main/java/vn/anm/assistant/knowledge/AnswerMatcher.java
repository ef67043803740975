package vn.anm.assistant.knowledge;

/**
 * Finds the knowledge-base entry a citizen's message asks about. Pure in-memory work measured in
 * fractions of a millisecond (see bench/BENCHMARKS.md), so callers may run it on the event loop.
 */
public interface AnswerMatcher {

    MatchResult match(String message);
}
