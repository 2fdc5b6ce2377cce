package org.msbiome.core.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference values of R metafor 3.8-1 {@code escalc}: Kouchaki E et al. 2017, Clin Nutr 36(5):1245–1249,
 * DOI 10.1016/j.clnu.2016.08.015 (EDSS change, probiotic −0.3 ± 0.6, n = 30, vs placebo +0.1 ± 0.3,
 * n = 30); BCG trial 1, Aronson 1948, from metafor's {@code dat.bcg} (Colditz et al. 1994, JAMA
 * 271(9):698–702).
 */
class EffectSizesTest {
    private static final double TOLERANCE = 1e-6;
    private static final MeanSummary KOUCHAKI_PROBIOTIC = MeanSummary.ofSd(30, -0.3, 0.6);
    private static final MeanSummary KOUCHAKI_PLACEBO = MeanSummary.ofSd(30, 0.1, 0.3);
    private static final TwoByTwoTable BCG_TRIAL_1 = new TwoByTwoTable(4, 119, 11, 128);

    @Test
    void reproducesMetaforMeanDifferenceForKouchakiEdss() {
        ComputedEffect md = EffectSizes.meanDifference(KOUCHAKI_PROBIOTIC, KOUCHAKI_PLACEBO);

        assertThat(md.estimate()).isCloseTo(-0.4, within(TOLERANCE));
        assertThat(md.variance()).isCloseTo(0.015, within(TOLERANCE));
        assertThat(md.computation()).isEqualTo(new Computation(EffectMeasure.MEAN_DIFFERENCE, BiasCorrection.NONE,
                VarianceFormula.MEAN_DIFFERENCE_UNEQUAL_VARIANCES, Optional.of(SdConversion.AS_PUBLISHED),
                Optional.of(SdConversion.AS_PUBLISHED), 0, Computation.IntervalMethod.WALD_NORMAL));
    }

    @Test
    void reproducesMetaforHedgesGForKouchakiEdss() {
        ComputedEffect smd = EffectSizes.standardizedMeanDifference(KOUCHAKI_PROBIOTIC, KOUCHAKI_PLACEBO);

        assertThat(smd.estimate()).isCloseTo(-0.8323145, within(TOLERANCE));
        assertThat(smd.variance()).isCloseTo(0.0724396, within(TOLERANCE));
        assertThat(smd.measure()).isEqualTo(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE);
        assertThat(smd.computation().biasCorrection()).isEqualTo(BiasCorrection.HEDGES_EXACT);
        assertThat(smd.computation().varianceFormula()).isEqualTo(VarianceFormula.SMD_LARGE_SAMPLE);
    }

    @Test
    void reproducesMetaforSmdhForKouchakiEdss() {
        ComputedEffect smdh = EffectSizes.standardizedMeanDifferenceHeteroscedastic(KOUCHAKI_PROBIOTIC, KOUCHAKI_PLACEBO);

        assertThat(smdh.estimate()).isCloseTo(-0.832314499944, within(1e-10));
        assertThat(smdh.variance()).isCloseTo(0.0750966843461, within(1e-10));
        assertThat(smdh.measure()).isEqualTo(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE_HETEROSCEDASTIC);
        assertThat(smdh.computation().biasCorrection()).isEqualTo(BiasCorrection.HEDGES_EXACT);
        assertThat(smdh.computation().varianceFormula()).isEqualTo(VarianceFormula.SMDH_LARGE_SAMPLE);
    }

    @Test
    void waldIntervalIsEstimatePlusMinusZTimesStandardError() {
        ComputedEffect smd = EffectSizes.standardizedMeanDifference(KOUCHAKI_PROBIOTIC, KOUCHAKI_PLACEBO);

        assertThat(smd.confidenceInterval().level()).isEqualTo(0.95);
        assertThat(smd.confidenceInterval().lower())
                .isCloseTo(-0.8323145 - 1.959964 * Math.sqrt(0.0724396), within(TOLERANCE));
        assertThat(smd.confidenceInterval().upper())
                .isCloseTo(-0.8323145 + 1.959964 * Math.sqrt(0.0724396), within(TOLERANCE));
    }

    @Test
    void reproducesMetaforLogRiskRatioForBcgTrial1() {
        ComputedEffect rr = EffectSizes.logRiskRatio(BCG_TRIAL_1);

        assertThat(rr.estimate()).isCloseTo(-0.8893113, within(TOLERANCE));
        assertThat(rr.variance()).isCloseTo(0.3255848, within(TOLERANCE));
        assertThat(rr.computation().continuityCorrection()).isZero();
        assertThat(rr.computation().treatmentSd()).isEmpty();
    }

    @Test
    void logOddsRatioIsWoolfsFormula() {
        ComputedEffect or = EffectSizes.logOddsRatio(BCG_TRIAL_1);

        assertThat(or.estimate()).isCloseTo(Math.log((4.0 * 128) / (119.0 * 11)), within(1e-12));
        assertThat(or.variance()).isCloseTo(1 / 4.0 + 1 / 119.0 + 1 / 11.0 + 1 / 128.0, within(1e-12));
        assertThat(or.computation().varianceFormula()).isEqualTo(VarianceFormula.LOG_ODDS_RATIO_WOOLF);
    }

    @Test
    void riskDifferenceUsesTheLargeSampleVariance() {
        ComputedEffect rd = EffectSizes.riskDifference(BCG_TRIAL_1);

        assertThat(rd.estimate()).isCloseTo(4 / 123.0 - 11 / 139.0, within(1e-12));
        assertThat(rd.variance()).isCloseTo((4 / 123.0) * (119 / 123.0) / 123 + (11 / 139.0) * (128 / 139.0) / 139,
                within(1e-12));
        assertThat(rd.computation().continuityCorrection()).isZero();
    }

    @Test
    void addsOneHalfToEveryCellWhenACellIsZeroAndSaysSo() {
        ComputedEffect rr = EffectSizes.logRiskRatio(new TwoByTwoTable(0, 10, 3, 7));

        assertThat(rr.computation().continuityCorrection()).isEqualTo(0.5);
        assertThat(rr.estimate()).isCloseTo(Math.log((0.5 / 11) / (3.5 / 11)), within(1e-12));
        assertThat(rr.variance()).isCloseTo(1 / 0.5 - 1 / 11.0 + 1 / 3.5 - 1 / 11.0, within(1e-12));
    }

    @Test
    void logRatioOfMeansUsesTheDeltaMethodVariance() {
        ComputedEffect rom = EffectSizes.logRatioOfMeans(MeanSummary.ofSd(20, 12, 3), MeanSummary.ofSd(25, 10, 4));

        assertThat(rom.estimate()).isCloseTo(Math.log(1.2), within(1e-12));
        assertThat(rom.variance()).isCloseTo(9 / (20 * 144.0) + 16 / (25 * 100.0), within(1e-12));
    }

    @Test
    void logRatioOfMeansRejectsNonPositiveMeans() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EffectSizes.logRatioOfMeans(KOUCHAKI_PROBIOTIC, KOUCHAKI_PLACEBO))
                .withMessage("means '-0.3' and '0.1' are not both positive; a log ratio of means needs positive means");
    }

    @Test
    void recordsThatAnSdWasConvertedFromAStandardError() {
        MeanSummary fromSe = MeanSummary.ofSe(30, -0.3, 0.6 / Math.sqrt(30));

        ComputedEffect md = EffectSizes.meanDifference(fromSe, KOUCHAKI_PLACEBO);

        assertThat(md.variance()).isCloseTo(0.015, within(1e-12));
        assertThat(md.computation().treatmentSd()).contains(SdConversion.FROM_STANDARD_ERROR);
        assertThat(md.computation().controlSd()).contains(SdConversion.AS_PUBLISHED);
    }

    @Test
    void refusesAGroupWhoseSpreadIsNotStatedToBeAnSd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EffectSizes.meanDifference(MeanSummary.ofPlusMinus(-0.93, 1.62), KOUCHAKI_PLACEBO))
                .withMessage("treatment: group size n is not given; it is needed to derive a standard deviation "
                        + "from its spread");
    }

    @Test
    void refusesAZeroSd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EffectSizes.standardizedMeanDifference(KOUCHAKI_PROBIOTIC,
                        MeanSummary.ofSd(30, 0.1, 0)))
                .withMessage("control standard deviation '0.0' is not positive; an effect size needs SD > 0");
    }

    @Test
    void hedgesCorrectionMatchesTheGammaFunctionForSmallDegreesOfFreedom() {
        // Γ(1)/(√1·Γ(1/2)) = 1/√π; Γ(3/2)/(√(3/2)·Γ(1)) = (√π/2)/√1.5
        assertThat(EffectSizes.hedgesCorrection(2)).isCloseTo(1 / Math.sqrt(Math.PI), within(1e-15));
        assertThat(EffectSizes.hedgesCorrection(3)).isCloseTo(Math.sqrt(Math.PI) / 2 / Math.sqrt(1.5), within(1e-15));
        // Γ(2)/(√2·Γ(3/2)) = 1/(√2·√π/2)
        assertThat(EffectSizes.hedgesCorrection(4)).isCloseTo(2 / (Math.sqrt(2) * Math.sqrt(Math.PI)), within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2000})
    void hedgesCorrectionIsContinuousWhereTheAsymptoticSeriesTakesOver(int m) {
        // J(m + 2)/J(m) = (m/(m−1))·√(m/(m+2)) by Γ(x + 1) = xΓ(x), across the switch at m = 2000
        double expectedRatio = ((double) m / (m - 1)) * Math.sqrt((double) m / (m + 2));
        assertThat(EffectSizes.hedgesCorrection(m + 2) / EffectSizes.hedgesCorrection(m))
                .isCloseTo(expectedRatio, within(1e-14));
    }

    @Test
    void hedgesCorrectionIsCloseToTheUsualApproximation() {
        Random random = new Random(20261126L);
        for (int i = 0; i < 200; i++) {
            int m = 10 + random.nextInt(100_000);
            double approx = 1 - 3.0 / (4 * m - 1);
            assertThat(EffectSizes.hedgesCorrection(m)).as("m = %d", m).isCloseTo(approx, within(1e-3 / m));
        }
    }

    @Test
    void hedgesCorrectionRejectsTooFewDegreesOfFreedom() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EffectSizes.hedgesCorrection(1))
                .withMessage("degrees of freedom 1 are too few; expected m >= 2");
    }
}
