package org.msbiome.core.evidence.synthesis;

import java.util.Objects;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.internal.Checks;

/**
 * One study's effect on the outcome being pooled: which study, where it was published, the effect
 * measure, the estimate and its sampling variance.
 *
 * <p>The measure is a type parameter so that any measure type compares by {@code equals}: effects are
 * pooled only when their measures are equal (for example a log risk ratio is never pooled with a mean
 * difference). The estimate is on the scale effects are pooled on (log scale for ratios).
 *
 * @param <M> the type of the effect measure
 * @param study the study's label, unique within one pooling, like {@code Aronson 1948}; trimmed, not blank
 * @param citation where the study was published; its integrity notices decide whether it is pooled
 * @param measure the effect measure
 * @param estimate the effect estimate yᵢ, finite
 * @param variance the sampling variance vᵢ, finite and positive
 * @since 0.1.0
 */
public record StudyEffect<M>(String study, Citation citation, M measure, double estimate, double variance) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     * @throws IllegalArgumentException if the label is blank, the estimate is not finite, or the variance
     *     is not finite and positive
     */
    public StudyEffect {
        study = Checks.requireNonBlank(study, "study");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(measure, "measure");
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException(
                    "estimate of " + Checks.quote(study) + " is " + estimate + "; expected a finite number");
        }
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("variance of " + Checks.quote(study) + " is " + variance
                    + "; expected a finite positive sampling variance");
        }
    }

    /**
     * A study's effect.
     *
     * @param <M> the type of the effect measure
     * @param study the study's label
     * @param citation where the study was published
     * @param measure the effect measure
     * @param estimate the effect estimate
     * @param variance the sampling variance
     * @return the study effect
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if the label is blank, the estimate is not finite, or the variance is
     *     not finite and positive
     */
    public static <M> StudyEffect<M> of(String study, Citation citation, M measure, double estimate, double variance) {
        return new StudyEffect<>(study, citation, measure, estimate, variance);
    }
}
