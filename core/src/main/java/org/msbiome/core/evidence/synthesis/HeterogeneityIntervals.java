package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.msbiome.core.effect.ConfidenceInterval;

/**
 * Confidence intervals for the heterogeneity of a random-effects pooling by the Q-profile method
 * (Viechtbauer 2007, Stat Med 26(1):37–52; metafor {@code confint(rma)}): the τ² interval holds the values
 * at which the generalized Q statistic Q(τ²) = Σ(yᵢ − μ̂(τ²))²/(vᵢ + τ²) lies between the chi-square
 * quantiles of k − 1 degrees of freedom at (1 − level)/2 and (1 + level)/2 (a bound is 0 when Q(0) is
 * already below its quantile); the I² interval maps each bound through I² = 100·τ²/(τ² + s²) with the
 * typical within-study variance s² of {@link MetaAnalysis}.
 *
 * @param tau2 the interval of τ²
 * @param i2 the interval of I², in percent
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record HeterogeneityIntervals(ConfidenceInterval tau2, ConfidenceInterval i2) {
    /** The method's name, as metafor's documentation calls it. */
    public static final String METHOD = "q-profile";

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the τ² interval has a negative bound, the I² interval leaves
     *     0 to 100, or the levels differ
     */
    public HeterogeneityIntervals {
        Objects.requireNonNull(tau2, "tau2");
        Objects.requireNonNull(i2, "i2");
        if (tau2.lower() < 0) {
            throw new IllegalArgumentException("tau2 interval lower bound " + tau2.lower() + " is negative");
        }
        if (i2.lower() < 0 || i2.upper() > 100) {
            throw new IllegalArgumentException("i2 interval " + i2.lower() + " to " + i2.upper()
                    + " leaves 0 to 100 percent");
        }
        if (tau2.level() != i2.level()) {
            throw new IllegalArgumentException("the tau2 and i2 intervals have different levels");
        }
    }

    /**
     * The interval method: {@value #METHOD}.
     *
     * @return {@value #METHOD}
     */
    public String method() {
        return METHOD;
    }
}
