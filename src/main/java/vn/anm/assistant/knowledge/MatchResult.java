package vn.anm.assistant.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The matcher's verdict on one message: the decision, the answered topic (ANSWER only), a confidence
 * in [0, 1] and up to three candidates, best first.
 */
public record MatchResult(Decision decision, @Nullable Topic topic, double confidence, List<Candidate> candidates) {

    public MatchResult {
        candidates = List.copyOf(candidates);
    }

    public static MatchResult fallback(List<Candidate> candidates, double confidence) {
        return new MatchResult(Decision.FALLBACK, null, confidence, candidates);
    }
}
