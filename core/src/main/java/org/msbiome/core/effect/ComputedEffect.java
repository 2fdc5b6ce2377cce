package org.msbiome.core.effect;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * An effect size computed from group summaries or counts, with its sampling variance, confidence
 * interval, and a description of how it was computed.
 *
 * @param estimate the effect size y
 * @param variance the sampling variance v, positive
 * @param confidenceInterval the confidence interval; one that does not contain the estimate violates
 *     {@link EstimateWithinInterval}
 * @param computation how the effect was computed
 * @since 0.1.0
 */
@EstimateWithinInterval
public record ComputedEffect(
        double estimate, double variance, @Valid ConfidenceInterval confidenceInterval, Computation computation)
        implements EffectSize {
    /**
     * Creates a computed effect.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the estimate is not finite or the variance not a positive number
     */
    public ComputedEffect {
        Objects.requireNonNull(confidenceInterval, "confidenceInterval");
        Objects.requireNonNull(computation, "computation");
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException("estimate " + Checks.quote(estimate) + " is not a finite number");
        }
        if (!(variance > 0 && Double.isFinite(variance))) {
            throw new IllegalArgumentException("variance " + Checks.quote(variance) + " is not a positive number");
        }
    }

    @Override
    public EffectMeasure measure() {
        return computation.measure();
    }

    /** The confidence interval. */
    @Override
    public Optional<ConfidenceInterval> interval() {
        return Optional.of(confidenceInterval);
    }

    /** The standard error, √variance. */
    public double standardError() {
        return Math.sqrt(variance);
    }
}
