package vn.anm.assistant.knowledge;

/**
 * Where the matcher draws its lines, on the coverage confidence of the best entry and on the score
 * ratio of the runner-up to the best. Defaults are fitted on shared/eval/dev.jsonl (docs/evaluation.md).
 *
 * @param fallbackBelow below this confidence nothing is relevant enough: FALLBACK
 * @param answerFrom    from this confidence, with a clear margin, one entry is answered: ANSWER
 * @param clarifyMargin a runner-up scoring more than this share of the best makes it CLARIFY
 */
public record MatchThresholds(double fallbackBelow, double answerFrom, double clarifyMargin) {

    public static final MatchThresholds DEFAULTS = new MatchThresholds(0.30, 0.50, 0.66);

    public MatchThresholds {
        if (!(0 <= fallbackBelow && fallbackBelow <= answerFrom && answerFrom <= 1 && 0 < clarifyMargin && clarifyMargin <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= fallbackBelow <= answerFrom <= 1 and 0 < clarifyMargin <= 1");
        }
    }
}
