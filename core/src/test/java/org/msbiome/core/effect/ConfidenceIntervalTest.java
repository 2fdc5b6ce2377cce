package org.msbiome.core.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {
    @Test
    void containsItsLimits() {
        ConfidenceInterval ci = ConfidenceInterval.of95(-2.40, -0.03);

        assertThat(ci.contains(-2.40)).isTrue();
        assertThat(ci.contains(-0.03)).isTrue();
        assertThat(ci.contains(0)).isFalse();
    }

    @Test
    void rejectsAnUpperLimitBelowTheLowerLimit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfidenceInterval.of95(-0.03, -2.40))
                .withMessage("confidence interval '-0.03 to -2.4' has its upper limit below its lower limit; "
                        + "expected lower <= upper");
    }

    @Test
    void rejectsALevelGivenAsAPercentage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConfidenceInterval(0, 1, 95))
                .withMessage("confidence level '95.0' is not a proportion; expected a number strictly between 0 "
                        + "and 1, like 0.95");
    }

    @Test
    void rejectsAnInfiniteLimit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfidenceInterval.of95(0, Double.POSITIVE_INFINITY))
                .withMessage("confidence interval '0.0 to Infinity' has a limit that is not a finite number");
    }

    @Test
    void knowsTheNormalCriticalValuesOfTheUsualLevels() {
        assertThat(new ConfidenceInterval(0, 1, 0.90).normalCriticalValue()).isEqualTo(1.6448536269514722);
        assertThat(new ConfidenceInterval(0, 1, 0.95).normalCriticalValue()).isEqualTo(1.959963984540054);
        assertThat(new ConfidenceInterval(0, 1, 0.99).normalCriticalValue()).isEqualTo(2.5758293035489004);
    }
}
