package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * One study's estimate and sampling variance under a label, with nothing else: the yᵢ/vᵢ pairs of a
 * spreadsheet or of metafor's {@code escalc} output, pooled with
 * {@link MetaAnalysis#poolEstimates(Object, java.util.List, PoolingMethod, PoolingOptions)} without
 * building citations. It is also what a {@link PooledSummary} keeps of each pooled study, so that
 * sensitivity analyses can re-pool them.
 *
 * @param study the study's label, unique within one pooling; trimmed, not blank
 * @param estimate the effect estimate yᵢ, finite
 * @param variance the sampling variance vᵢ, finite and positive
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record EffectEstimate(String study, double estimate, double variance) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if the label is null
     * @throws IllegalArgumentException if the label is blank, the estimate is not finite, or the variance
     *     is not finite and positive
     */
    public EffectEstimate {
        study = Checks.requireNonBlank(study, "study");
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
     * An estimate.
     *
     * @param study the label
     * @param estimate yᵢ
     * @param variance vᵢ
     * @return the estimate
     * @throws NullPointerException if the label is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static EffectEstimate of(String study, double estimate, double variance) {
        return new EffectEstimate(study, estimate, variance);
    }

    /**
     * The standard error √vᵢ.
     *
     * @return the standard error
     */
    public double standardError() {
        return Math.sqrt(variance);
    }
}
