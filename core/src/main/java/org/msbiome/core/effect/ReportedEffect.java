package org.msbiome.core.effect;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * An effect size as a paper reported it, such as "SMD = −1.22 (95% CI −2.40 to −0.03)". Ratio measures
 * are stored as natural logs (take {@code Math.log} of a published ratio and of its limits).
 *
 * @param measure the measure
 * @param estimate the point estimate
 * @param confidenceInterval the interval, when reported; one that does not contain the estimate violates
 *     {@link EstimateWithinInterval}
 * @since 0.1.0
 */
@EstimateWithinInterval
public record ReportedEffect(
        EffectMeasure measure, double estimate, Optional<@Valid ConfidenceInterval> confidenceInterval)
        implements EffectSize {
    /**
     * Creates a reported effect.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the estimate is not finite
     */
    public ReportedEffect {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(confidenceInterval, "confidenceInterval");
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException("estimate " + Checks.quote(estimate) + " is not a finite number");
        }
    }

    /**
     * An effect with a 95% confidence interval.
     *
     * @throws NullPointerException if {@code measure} is null
     * @throws IllegalArgumentException if a number is not finite or {@code upper < lower}
     */
    public static ReportedEffect of95(EffectMeasure measure, double estimate, double lower, double upper) {
        return new ReportedEffect(measure, estimate, Optional.of(ConfidenceInterval.of95(lower, upper)));
    }

    @Override
    public Optional<ConfidenceInterval> interval() {
        return confidenceInterval;
    }
}
