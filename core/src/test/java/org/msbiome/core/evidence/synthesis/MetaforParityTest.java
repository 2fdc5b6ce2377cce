package org.msbiome.core.evidence.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reproduces metafor 3.8-1 on the log risk ratios of the 13 BCG trials ({@code dat.bcg}; Colditz GA et al.
 * 1994, JAMA 271(9):698–702): the τ² estimators, QEp, Knapp–Hartung, the Q-profile intervals,
 * leave-one-out, Egger's test and trim-and-fill. Every expected value is metafor's, as given in issue #21;
 * iterative estimators and profile intervals to 1e-6, closed forms to 1e-8.
 */
class MetaforParityTest {
    private static final PoolingOptions Z = PoolingOptions.defaults();

    static List<EffectEstimate> bcg() {
        return MetaAnalysisTest.bcg().stream()
                .map(e -> EffectEstimate.of(e.study(), e.estimate(), e.variance())).toList();
    }

    static PooledSummary<String> pool(PoolingMethod method, PoolingOptions options) {
        return MetaAnalysis.poolEstimates("log risk ratio", bcg(), method, options);
    }

    static Stream<Arguments> estimators() {
        return Stream.of(
                Arguments.argumentSet("Hedges", PoolingMethod.HEDGES, 1e-8,
                        -0.715878588759, 0.183279985989, 0.328563857996, 92.5570974066),
                Arguments.argumentSet("Hunter-Schmidt", PoolingMethod.HUNTER_SCHMIDT, 1e-8,
                        -0.704535373916, 0.158652093057, 0.228362863677, 89.6299666641),
                Arguments.argumentSet("Sidik-Jonkman", PoolingMethod.SIDIK_JONKMAN, 1e-8,
                        -0.717248592558, 0.187059458416, 0.345515701599, 92.8963240955),
                Arguments.argumentSet("maximum likelihood", PoolingMethod.ML, 1e-6,
                        -0.71119913919, 0.171896817023, 0.28002817105, 91.3782847398),
                Arguments.argumentSet("empirical Bayes", PoolingMethod.EMPIRICAL_BAYES, 1e-6,
                        -0.714968159161, 0.180892206115, 0.318068515771, 92.3303393694),
                Arguments.argumentSet("Paule-Mandel", PoolingMethod.PAULE_MANDEL, 1e-6,
                        -0.714970405632, 0.180897984126, 0.318093711863, 92.3309002899));
    }

    @ParameterizedTest
    @MethodSource("estimators")
    void reproducesEachTau2Estimator(PoolingMethod method, double tolerance, double estimate, double se, double tau2,
            double i2) {
        PooledSummary<String> summary = pool(method, Z);

        assertThat(summary.estimate()).isCloseTo(estimate, within(tolerance));
        assertThat(summary.standardError()).isCloseTo(se, within(tolerance));
        assertThat(summary.tau2()).isCloseTo(tau2, within(tolerance));
        assertThat(summary.i2()).isCloseTo(i2, within(tolerance * 100));
        assertThat(summary.method()).isEqualTo(method);
        assertThat(summary.test()).isEqualTo(SignificanceTest.Z);
        assertThat(summary.convergence().converged()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("estimators")
    void givesTheSameHeterogeneityPValueForEveryMethod(PoolingMethod method) {
        assertThat(pool(method, Z).qPValue()).isCloseTo(1.99676459085e-26, withinPercentage(1e-7));
    }

    @Test
    void reproducesKnappHartungWithReml() {
        PooledSummary<String> reml = pool(PoolingMethod.REML, Z.withKnappHartung());

        assertThat(reml.test()).isEqualTo(SignificanceTest.KNAPP_HARTUNG);
        assertThat(reml.estimate()).isCloseTo(-0.714532348365, within(1e-6));
        assertThat(reml.standardError()).isCloseTo(0.180791745519, within(1e-6));
        assertThat(reml.confidenceInterval().lower()).isCloseTo(-1.108443723, within(1e-6));
        assertThat(reml.confidenceInterval().upper()).isCloseTo(-0.32062097373, within(1e-6));
        assertThat(reml.pValue()).isCloseTo(0.00192001508513, within(1e-8));
        assertThat(reml.predictionInterval()).hasValueSatisfying(pi -> {
            assertThat(pi.lower()).isCloseTo(-1.99601696702, within(1e-6));
            assertThat(pi.upper()).isCloseTo(0.566952270292, within(1e-6));
        });
    }

    @Test
    void reproducesKnappHartungWithDerSimonianLaird() {
        PooledSummary<String> dl = pool(PoolingMethod.DERSIMONIAN_LAIRD, Z.withKnappHartung());

        assertThat(dl.standardError()).isCloseTo(0.180696628336, within(1e-8));
        assertThat(dl.confidenceInterval().lower()).isCloseTo(-1.10782135417, within(1e-8));
        assertThat(dl.confidenceInterval().upper()).isCloseTo(-0.320413089978, within(1e-8));
    }

    @Test
    void reproducesTheQProfileIntervalsOfReml() {
        HeterogeneityIntervals intervals = pool(PoolingMethod.REML, Z).heterogeneityIntervals().orElseThrow();

        assertThat(intervals.method()).isEqualTo("q-profile");
        assertThat(intervals.tau2().lower()).isCloseTo(0.119695312817, within(1e-6));
        assertThat(intervals.tau2().upper()).isCloseTo(1.11148626222, within(1e-6));
        assertThat(intervals.i2().lower()).isCloseTo(81.9177227215, within(1e-4));
        assertThat(intervals.i2().upper()).isCloseTo(97.6780896051, within(1e-4));
    }

    @Test
    void reproducesLeaveOneOut() {
        double[] estimates = {-0.707083788031, -0.654031200398, -0.685554417973, -0.628409407863, -0.764170094987,
            -0.710876564851, -0.655247599792, -0.794767610948, -0.741197299314, -0.653032925763, -0.757858625204,
            -0.759812097339, -0.777536180775};
        double[] tau2 = {0.3361567453, 0.292583085554, 0.320738056887, 0.262758356242, 0.327803258618,
            0.359554181152, 0.293025869888, 0.273183034116, 0.349452009923, 0.298724600913, 0.340488265335,
            0.308162202718, 0.303733326561};

        List<LeaveOneOut<String>> rows = MetaAnalysis.leaveOneOut(pool(PoolingMethod.REML, Z));

        assertThat(rows).hasSize(13);
        for (int i = 0; i < 13; i++) {
            assertThat(rows.get(i).omitted()).isEqualTo("trial " + (i + 1));
            assertThat(rows.get(i).summary().studies()).isEqualTo(12);
            assertThat(rows.get(i).summary().estimate()).as("trial %d", i + 1).isCloseTo(estimates[i], within(1e-6));
            assertThat(rows.get(i).summary().tau2()).as("trial %d", i + 1).isCloseTo(tau2[i], within(1e-6));
        }
    }

    @Test
    void reproducesEggersTestAsWeightedRegression() {
        EggerTest egger = MetaAnalysis.eggerTest(pool(PoolingMethod.REML, Z), EggerModel.LM);

        assertThat(egger.statistic()).isCloseTo(-1.40128200229, within(1e-8));
        assertThat(egger.pValue()).isCloseTo(0.188706995082, within(1e-8));
        assertThat(egger.degreesOfFreedom()).contains(11);
    }

    @Test
    void reproducesEggersTestAsMetaRegression() {
        EggerTest egger = MetaAnalysis.eggerTest(pool(PoolingMethod.FIXED_EFFECT, Z), EggerModel.RMA);

        assertThat(egger.statistic()).isCloseTo(-4.80194624502, within(1e-8));
        assertThat(egger.pValue()).isCloseTo(1.57130879602e-06, withinPercentage(1e-6));
        assertThat(egger.degreesOfFreedom()).isEmpty();
        assertThat(egger.test()).isEqualTo(SignificanceTest.Z);
    }

    @Test
    void reproducesTrimAndFill() {
        TrimAndFill<String> filled = MetaAnalysis.trimAndFill(pool(PoolingMethod.FIXED_EFFECT, Z));

        assertThat(filled.estimator()).isEqualTo("L0");
        assertThat(filled.side()).isEqualTo(FunnelSide.RIGHT);
        assertThat(filled.missing()).isEqualTo(4);
        assertThat(filled.summary().studies()).isEqualTo(17);
        assertThat(filled.summary().estimate()).isCloseTo(-0.291025992106, within(1e-8));
        assertThat(filled.convergence().converged()).isTrue();
    }
}
