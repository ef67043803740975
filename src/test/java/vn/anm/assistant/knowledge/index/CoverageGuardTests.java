package vn.anm.assistant.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The answer's two coverage guards: the usual one, and a lower one only for answers the answer model is very sure of. */
class CoverageGuardTests {

    private static final DecisionModel.Logistic ANY = new DecisionModel.Logistic(0, new double[0], new double[0], new double[0]);
    private static final DecisionModel MODEL = new DecisionModel(ANY, ANY, 0.45, 0, 0.42, 0.75);

    @Test
    void aPhrasingCoveringEnoughIsAnsweredAtAnyConfidence() {
        assertThat(MODEL.coveredEnough(0.45, 0.48)).isTrue();
    }

    @Test
    void lessCoverageIsEnoughOnlyForAVerySureAnswer() {
        assertThat(MODEL.coveredEnough(0.43, 0.80)).isTrue();
        assertThat(MODEL.coveredEnough(0.43, 0.70)).isFalse();
    }

    @Test
    void belowTheLowerGuardNothingIsAnswered() {
        assertThat(MODEL.coveredEnough(0.40, 0.99)).isFalse();
    }

    @Test
    void withoutTheSecondGuardOnlyTheFirstCounts() {
        DecisionModel single = new DecisionModel(ANY, ANY, 0.45, 0);
        assertThat(single.coveredEnough(0.44, 1.0)).isFalse();
        assertThat(single.coveredEnough(0.45, 0)).isTrue();
    }

    @Test
    void theShippedModelCarriesTheFittedSecondGuard() {
        assertThat(DecisionModel.SHIPPED.confidentCoverage()).isLessThan(DecisionModel.SHIPPED.minCoverage());
        assertThat(DecisionModel.SHIPPED.confidentFrom()).isBetween(0.0, 1.0);
    }
}
