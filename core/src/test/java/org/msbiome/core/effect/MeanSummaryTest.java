package org.msbiome.core.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import jakarta.validation.ConstraintViolation;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msbiome.core.validation.MsbiomeValidation;

class MeanSummaryTest {
    @Test
    void keepsAPublishedSd() {
        MeanSummary summary = MeanSummary.ofSd(30, -0.3, 0.6);

        assertThat(summary.standardDeviation()).isEqualTo(0.6);
        assertThat(summary.sdConversion()).isEqualTo(SdConversion.AS_PUBLISHED);
    }

    @Test
    void convertsAStandardErrorBySquareRootOfN() {
        MeanSummary summary = MeanSummary.ofSe(25, 3.0, 0.4);

        assertThat(summary.standardDeviation()).isCloseTo(2.0, within(1e-12));
        assertThat(summary.sdConversion()).isEqualTo(SdConversion.FROM_STANDARD_ERROR);
    }

    @Test
    void convertsA95PercentIntervalOfTheMean() {
        // Cochrane Handbook 6.5.2.2 worked form: SD = √n × (upper − lower) / 3.92
        MeanSummary summary = MeanSummary.ofInterval(100, 5.0, ConfidenceInterval.of95(4.0, 6.0));

        assertThat(summary.standardDeviation()).isCloseTo(10 * 2.0 / (2 * 1.959963984540054), within(1e-12));
        assertThat(summary.sdConversion()).isEqualTo(SdConversion.FROM_CONFIDENCE_INTERVAL_NORMAL);
    }

    @Test
    void convertsAnIntervalOfAnyLevelWithTheNormalQuantile() {
        // formerly refused (only 0.90, 0.95, 0.99 had a critical value); z = R's qnorm(0.9) = 1.2815515655446004
        MeanSummary summary = MeanSummary.ofInterval(100, 5.0, new ConfidenceInterval(4.0, 6.0, 0.8));

        assertThat(summary.standardDeviation()).isCloseTo(10 * 2.0 / (2 * 1.2815515655446004), within(1e-12));
    }

    @Test
    void keepsAnUnspecifiedPlusMinusWithoutConvertingIt() {
        MeanSummary summary = MeanSummary.ofPlusMinus(-0.93, 1.62);

        assertThat(summary.spread()).isEqualTo(new Spread.Unspecified(1.62));
        assertThat(summary.n()).isEmpty();
        assertThatIllegalStateException()
                .isThrownBy(summary::sdConversion)
                .withMessage("spread ± 1.62 is not stated to be an SD or an SE; no standard deviation can be derived");
    }

    @Test
    void rejectsANonFiniteMean() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeanSummary.ofSd(10, Double.NaN, 1))
                .withMessage("mean 'NaN' is not a finite number");
    }

    @Test
    void anSdOfZeroOrLessIsAViolationOfTheSpread() {
        Set<ConstraintViolation<MeanSummary>> violations =
                MsbiomeValidation.validator().validate(MeanSummary.ofSd(30, 0.1, 0));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("spread.value");
            assertThat(v.getMessage()).isEqualTo("must be greater than 0");
        });
    }

    @Test
    void aGroupSizeBelowOneIsAViolationOfN() {
        Set<ConstraintViolation<MeanSummary>> violations =
                MsbiomeValidation.validator().validate(MeanSummary.ofSd(0, 0.1, 0.3));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("n");
            assertThat(v.getMessage()).isEqualTo("must be greater than or equal to 1");
        });
    }

    @Test
    void aValidSummaryHasNoViolations() {
        assertThat(MsbiomeValidation.validator().validate(new MeanSummary(Optional.of(30), -0.3,
                new Spread.StandardDeviation(0.6)))).isEmpty();
    }
}
