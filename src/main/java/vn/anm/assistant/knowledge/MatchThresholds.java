package vn.anm.assistant.knowledge;

/**
 * Where the matcher draws its lines, on the decision model's probabilities (DecisionModel). Defaults are fitted
 * with the model by DecisionModelFitting (docs/evaluation.md).
 *
 * @param fallbackBelow an entry less probable than this is never offered; when the best is below it: FALLBACK
 * @param answerFrom    from this probability that the best entry is right (the answer model): ANSWER
 * @param clarifyMargin a runner-up more probable than this share of the best makes it CLARIFY (1: the answer model alone decides)
 */
public record MatchThresholds(double fallbackBelow, double answerFrom, double clarifyMargin) {

    public static final MatchThresholds DEFAULTS = new MatchThresholds(0.10, 0.476, 0.60);

    public MatchThresholds {
        if (!(0 <= fallbackBelow && fallbackBelow <= answerFrom && answerFrom <= 1 && 0 < clarifyMargin && clarifyMargin <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= fallbackBelow <= answerFrom <= 1 and 0 < clarifyMargin <= 1");
        }
    }
}
