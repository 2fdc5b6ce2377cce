package org.msbiome.core.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Summary forms to mean and SD. The median/IQR reference (n = 40, quartiles 8 and 18, median 12: Luo mean
 * 12.70975, Wan SD 7.6892990148) is issue #21's; the t quantiles are closed forms (t with 2 degrees of
 * freedom: (2p − 1)/√(2p(1 − p))).
 */
class SummaryConversionsTest {

    @Test
    void estimatesMeanByLuoAndSdByWanFromMedianAndQuartiles() {
        EstimatedMeanAndSd estimate = SummaryConversions.fromMedianAndQuartiles(40, 8, 12, 18);

        assertThat(estimate.mean()).isCloseTo(12.70975, within(1e-10));
        assertThat(estimate.standardDeviation()).isCloseTo(7.6892990148, within(1e-8));
        assertThat(estimate.meanMethod()).isEqualTo(SummaryMethod.LUO_2018_QUARTILES);
        assertThat(estimate.sdMethod()).isEqualTo(SummaryMethod.WAN_2014_QUARTILES);
        assertThat(SummaryConversions.fromMedian(new MedianSummary(Optional.of(40), 12, 8, 18))).isEqualTo(estimate);
    }

    @Test
    void symmetricSummariesGiveTheMedianAsMean() {
        assertThat(SummaryConversions.fromMedianAndRange(25, 2, 10, 18).mean()).isCloseTo(10, within(1e-12));
        EstimatedMeanAndSd both = SummaryConversions.fromMedianQuartilesAndRange(25, 2, 7, 10, 13, 18);
        assertThat(both.mean()).isCloseTo(10, within(1e-12));
        assertThat(both.meanMethod()).isEqualTo(SummaryMethod.LUO_2018_RANGE_AND_QUARTILES);
        // Wan's C2 is the average of its C1 and C3 estimates
        double range = SummaryConversions.fromMedianAndRange(25, 2, 10, 18).standardDeviation();
        double iqr = SummaryConversions.fromMedianAndQuartiles(25, 7, 10, 13).standardDeviation();
        assertThat(both.standardDeviation()).isCloseTo((range + iqr) / 2, within(1e-12));
    }

    @Test
    void convertsAnIntervalWithTheNormalOrTheTQuantile() {
        ConfidenceInterval ci = ConfidenceInterval.of95(1, 5);
        double t2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025); // t(0.975, 2 df), closed form

        assertThat(SummaryConversions.fromConfidenceInterval(3, 3, ci, SummaryConversions.IntervalQuantile.STUDENT_T)
                .standardDeviation()).isCloseTo(Math.sqrt(3) * 4 / (2 * t2), within(1e-10));
        EstimatedMeanAndSd normal = SummaryConversions.fromConfidenceInterval(3, 3, ci,
                SummaryConversions.IntervalQuantile.NORMAL);
        assertThat(normal.standardDeviation()).isCloseTo(Math.sqrt(3) * 4 / 3.919927969080108, within(1e-10));
        assertThat(normal.sdMethod()).isEqualTo(SummaryMethod.SD_FROM_INTERVAL_NORMAL);
        assertThat(SummaryConversions.fromConfidenceInterval(59, 3, ci, SummaryConversions.IntervalQuantile.HANDBOOK)
                .sdMethod()).isEqualTo(SummaryMethod.SD_FROM_INTERVAL_T);
        assertThat(SummaryConversions.fromConfidenceInterval(60, 3, ci, SummaryConversions.IntervalQuantile.HANDBOOK)
                .sdMethod()).isEqualTo(SummaryMethod.SD_FROM_INTERVAL_NORMAL);
    }

    @Test
    void refusesANegativeStandardErrorAndAnIntervalAwayFromItsMean() {
        assertThat(SummaryConversions.fromStandardError(25, 1, 0.4).standardDeviation()).isCloseTo(2, within(1e-12));
        assertThatIllegalArgumentException().isThrownBy(() -> SummaryConversions.fromStandardError(25, 1, -0.4))
                .withMessage("standard error '-0.4' is not positive; expected a positive standard error of the mean");
        assertThatIllegalArgumentException().isThrownBy(() -> SummaryConversions.fromConfidenceInterval(25, 7,
                        ConfidenceInterval.of95(1, 5), SummaryConversions.IntervalQuantile.NORMAL))
                .withMessage("confidence interval '1.0 to 5.0' does not contain its mean '7.0'; expected an interval of "
                        + "the mean around it");
        assertThatIllegalArgumentException().isThrownBy(() -> SummaryConversions.fromMedianAndQuartiles(40, 12, 8, 18));
    }
}
