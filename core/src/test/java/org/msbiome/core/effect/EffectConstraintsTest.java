package org.msbiome.core.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import jakarta.validation.ConstraintViolation;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.immune.Cytokines;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.immune.MeasurementContext;
import org.msbiome.core.validation.MsbiomeValidation;

/**
 * Each rule of effects and results, checked through {@link MsbiomeValidation#validator()} on an
 * {@link ImmuneEffect}, with the path and message of its violation.
 */
class EffectConstraintsTest {
    private static ImmuneEffect il10(ComparisonResult result) {
        return new ImmuneEffect(Cytokines.IL_10, result, MeasurementContext.unreported());
    }

    private static ComparisonResult reported(Direction direction, double estimate, double lower, double upper) {
        return ComparisonResult.ofDirection(Comparison.VS_PLACEBO, direction, PValue.lessThan(0.05))
                .withEffect(ReportedEffect.of95(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE, estimate, lower, upper));
    }

    private static Set<ConstraintViolation<ImmuneEffect>> validate(ImmuneEffect effect) {
        return MsbiomeValidation.validator().validate(effect);
    }

    private static void assertSingleViolation(ImmuneEffect effect, String path, String message) {
        assertThat(validate(effect)).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString(path);
            assertThat(v.getMessage()).isEqualTo(message);
        });
    }

    static Stream<Arguments> contradictions() {
        return Stream.of(
                argumentSet("increased, but the interval is below 0", Direction.INCREASED, -0.5, -0.9, -0.1),
                argumentSet("increased, but the interval contains 0", Direction.INCREASED, 0.2, -0.1, 0.5),
                argumentSet("decreased, but the interval is above 0", Direction.DECREASED, 0.5, 0.1, 0.9),
                argumentSet("no significant change, but the interval excludes 0", Direction.NO_SIGNIFICANT_CHANGE,
                        0.5, 0.1, 0.9));
    }

    @ParameterizedTest
    @MethodSource("contradictions")
    void aDirectionContradictingItsIntervalIsAViolationOfTheDirection(
            Direction direction, double estimate, double lower, double upper) {
        assertSingleViolation(il10(reported(direction, estimate, lower, upper)), "result.direction",
                "contradicts the confidence interval of the effect size");
    }

    static Stream<Arguments> agreements() {
        return Stream.of(
                argumentSet("increased above 0", Direction.INCREASED, 0.5, 0.1, 0.9),
                argumentSet("decreased below 0", Direction.DECREASED, -0.5, -0.9, -0.1),
                argumentSet("no significant change across 0", Direction.NO_SIGNIFICANT_CHANGE, 0.2, -0.1, 0.5));
    }

    @ParameterizedTest
    @MethodSource("agreements")
    void aDirectionAgreeingWithItsIntervalIsValid(Direction direction, double estimate, double lower, double upper) {
        assertThat(validate(il10(reported(direction, estimate, lower, upper)))).isEmpty();
    }

    @Test
    void aPValueAboveOneIsAViolation() {
        assertSingleViolation(il10(ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED,
                        PValue.exactly(1.5))), "result.pValue.value", "must be a probability between 0 and 1");
    }

    @Test
    void aNegativePValueIsAViolation() {
        assertSingleViolation(il10(ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED,
                        PValue.exactly(-0.01))), "result.pValue.value", "must be a probability between 0 and 1");
    }

    @Test
    void pValuesAtTheBoundsAreValid() {
        assertThat(validate(il10(ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.NO_SIGNIFICANT_CHANGE,
                PValue.exactly(1))))).isEmpty();
        assertThat(validate(il10(ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED,
                PValue.exactly(0))))).isEmpty();
    }

    @Test
    void anIntervalThatDoesNotContainItsEstimateIsAViolationOfTheInterval() {
        ReportedEffect swapped = new ReportedEffect(EffectMeasure.MEAN_DIFFERENCE, 1.4,
                Optional.of(ConfidenceInterval.of95(-2.4, -0.03)));

        assertSingleViolation(il10(ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.exactly(0.04))
                        .withEffect(swapped)),
                "result.effect.confidenceInterval", "must contain the estimate");
    }

    @Test
    void anSdOfZeroOrLessIsAViolationWithItsPath() {
        ComparisonResult result = ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.INCREASED,
                MeanSummary.ofSd(24, 1.0, -0.2), MeanSummary.ofSd(24, 0.5, 0.3), PValue.lessThan(0.001));

        assertSingleViolation(il10(result), "result.treatment.spread.value", "must be greater than 0");
    }

    @Test
    void aGroupSizeBelowOneIsAViolationWithItsPath() {
        ComparisonResult result = ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.INCREASED,
                MeanSummary.ofSd(24, 1.0, 0.2), MeanSummary.ofSd(0, 0.5, 0.3), PValue.lessThan(0.001));

        assertThat(validate(il10(result))).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath().toString()).isEqualTo("result.comparator.n");
            assertThat(v.getMessage()).isEqualTo("must be greater than or equal to 1");
        });
    }
}
