package org.msbiome.core.evidence.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How the estimators behave beyond the reference data: what they optimise or solve on generated data
 * (seeded), how non-convergence is reported, and what bare-estimate pooling refuses.
 */
class EstimatorBehaviourTest {
    private static final PoolingOptions Z = PoolingOptions.defaults();

    @Test
    void mlTau2MaximisesTheLikelihoodOnGeneratedData() {
        Random random = new Random(20261202L);
        for (int run = 0; run < 20; run++) {
            List<EffectEstimate> data = generated(random);
            double[] y = data.stream().mapToDouble(EffectEstimate::estimate).toArray();
            double[] v = data.stream().mapToDouble(EffectEstimate::variance).toArray();
            PooledSummary<String> ml = MetaAnalysis.poolEstimates("g", data, PoolingMethod.ML, Z);
            double tau2 = ml.tau2();
            assertThat(ml.convergence().converged()).isTrue();
            double best = logLikelihood(y, v, tau2);
            for (double other : new double[] {tau2 + 1e-3, Math.max(0, tau2 - 1e-3), 0, tau2 * 2 + 0.1}) {
                // Fisher scoring stops when τ² changes by at most 1e-5 (metafor's rule), so the maximum is met to
                // that precision in τ²; at the boundary τ² = 0, where the slope can be steep, the likelihood to 1e-4
                assertThat(logLikelihood(y, v, other)).as("run %d", run).isLessThanOrEqualTo(best + 1e-4);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"PAULE_MANDEL", "EMPIRICAL_BAYES"})
    void pauleMandelAndEmpiricalBayesSolveTheGeneralizedQEquation(PoolingMethod method) {
        Random random = new Random(17L);
        for (int run = 0; run < 20; run++) {
            List<EffectEstimate> data = generated(random);
            double[] y = data.stream().mapToDouble(EffectEstimate::estimate).toArray();
            double[] v = data.stream().mapToDouble(EffectEstimate::variance).toArray();
            PooledSummary<String> summary = MetaAnalysis.poolEstimates("g", data, method, Z);
            double q = Rma.generalizedQ(y, v, Rma.intercept(y.length), summary.tau2());
            if (summary.tau2() > 0) {
                assertThat(q).as("run %d", run).isCloseTo(y.length - 1, within(0.01));
            } else {
                assertThat(q).as("run %d", run).isLessThanOrEqualTo(y.length - 1 + 1e-9);
            }
        }
    }

    @Test
    void reportsAPauleMandelSearchThatFindsNoRootAsNotConverged() {
        List<EffectEstimate> extreme = List.of(EffectEstimate.of("a", -50, 0.01), EffectEstimate.of("b", 50, 0.01),
                EffectEstimate.of("c", 0, 0.01));

        PooledSummary<String> summary = MetaAnalysis.poolEstimates("g", extreme, PoolingMethod.PAULE_MANDEL, Z);

        assertThat(summary.convergence().converged()).isFalse();
        assertThat(summary.convergence().algorithm()).isEqualTo("brent-root");
        assertThat(summary.tau2()).isEqualTo(100);
        assertThat(summary.heterogeneityIntervals()).as("the upper bound lies beyond 100").isEmpty();
    }

    @Test
    void recordsHowEachEstimatorFoundTau2() {
        List<EffectEstimate> bcg = MetaforParityTest.bcg();
        assertThat(MetaAnalysis.poolEstimates("g", bcg, PoolingMethod.DERSIMONIAN_LAIRD, Z).convergence())
                .isEqualTo(Convergence.closedForm());
        Convergence reml = MetaAnalysis.poolEstimates("g", bcg, PoolingMethod.REML, Z).convergence();
        assertThat(reml.algorithm()).isEqualTo("fisher-scoring");
        assertThat(reml.criterion()).isEqualTo("|change in tau2| <= 1e-5, at most 100 iterations");
        assertThat(reml.iterations()).isBetween(1, 100);
        assertThat(reml.converged()).isTrue();
        assertThat(MetaAnalysis.poolEstimates("g", bcg, PoolingMethod.FIXED_EFFECT, Z).heterogeneityIntervals()).isEmpty();
    }

    @Test
    void refusesKnappHartungWhenEveryEstimateIsThePooledOne() {
        List<EffectEstimate> same = List.of(EffectEstimate.of("a", 0.5, 0.1), EffectEstimate.of("b", 0.5, 0.2));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolEstimates("g", same, PoolingMethod.REML, Z.withKnappHartung()))
                .withMessage("every estimate equals the pooled estimate, so the Knapp-Hartung standard error is 0; "
                        + "use the z-test");
    }

    @Test
    void poolsBareEstimatesUnderLabelsOnly() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolEstimates("g", List.of(EffectEstimate.of("a", 1, 1),
                        EffectEstimate.of("a", 2, 1)), PoolingMethod.REML, Z))
                .withMessage("estimates lists study 'a' twice; expected each study once");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolEstimates("g", List.of(EffectEstimate.of("a", 1, 1)),
                        PoolingMethod.REML, Z))
                .withMessage("estimates has 1; expected at least 2 studies to pool");
        assertThatIllegalArgumentException().isThrownBy(() -> EffectEstimate.of("a", 1, -1))
                .withMessage("variance of 'a' is -1.0; expected a finite positive sampling variance");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.leaveOneOut(MetaAnalysis.poolEstimates("g", List.of(
                        EffectEstimate.of("a", 1, 1), EffectEstimate.of("b", 2, 1)), PoolingMethod.REML, Z)))
                .withMessage("leave-one-out needs at least 3 studies; the summary pools 2");
    }

    @Test
    void methodAndTestCodesAreMetaforNames() {
        assertThat(PoolingMethod.values()).extracting(PoolingMethod::code)
                .containsExactly("FE", "DL", "REML", "HS", "HE", "SJ", "ML", "EB", "PM");
        assertThat(SignificanceTest.fromCode("knha")).isEqualTo(SignificanceTest.KNAPP_HARTUNG);
        assertThat(EggerModel.fromCode("lm")).isEqualTo(EggerModel.LM);
        assertThat(FunnelSide.fromCode("right")).isEqualTo(FunnelSide.RIGHT);
    }

    private static List<EffectEstimate> generated(Random random) {
        int k = 3 + random.nextInt(10);
        List<EffectEstimate> data = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double v = 0.01 + random.nextDouble() * 0.5;
            data.add(EffectEstimate.of("s" + i, random.nextGaussian() * Math.sqrt(v + 0.2), v));
        }
        return data;
    }

    /** −½ Σ ln(vᵢ + τ²) − ½ Σ wᵢ(yᵢ − μ̂)², up to a constant. */
    private static double logLikelihood(double[] y, double[] v, double tau2) {
        double sumW = 0;
        double sumWy = 0;
        double logDet = 0;
        for (int i = 0; i < y.length; i++) {
            double w = 1 / (v[i] + tau2);
            sumW += w;
            sumWy += w * y[i];
            logDet += Math.log(v[i] + tau2);
        }
        double mu = sumWy / sumW;
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            rss += (y[i] - mu) * (y[i] - mu) / (v[i] + tau2);
        }
        return -0.5 * logDet - 0.5 * rss;
    }
}
