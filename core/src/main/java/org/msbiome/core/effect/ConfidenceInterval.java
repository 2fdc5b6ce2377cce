package org.msbiome.core.effect;

import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.NormalDistribution;

/**
 * A confidence interval: {@code lower} to {@code upper} at confidence {@code level} (0.95 for a 95% CI).
 * The one interval type of the library: the interval of an effect size, of a group mean, and the
 * confidence and prediction intervals of a pooled summary
 * ({@link org.msbiome.core.evidence.synthesis.PooledSummary}).
 *
 * @param lower the lower limit
 * @param upper the upper limit, not below {@code lower}
 * @param level the confidence level, strictly between 0 and 1
 * @since 0.1.0
 */
public record ConfidenceInterval(double lower, double upper, double level) {
    /**
     * Creates an interval.
     *
     * @throws IllegalArgumentException if a limit is not finite, {@code upper < lower}, or the level is not
     *     strictly between 0 and 1
     */
    public ConfidenceInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("confidence interval " + Checks.quote(lower + " to " + upper)
                    + " has a limit that is not a finite number");
        }
        if (upper < lower) {
            throw new IllegalArgumentException("confidence interval " + Checks.quote(lower + " to " + upper)
                    + " has its upper limit below its lower limit; expected lower <= upper");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + Checks.quote(level)
                    + " is not a proportion; expected a number strictly between 0 and 1, like 0.95");
        }
    }

    /**
     * A 95% confidence interval.
     *
     * @param lower the lower limit
     * @param upper the upper limit
     * @return the interval
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static ConfidenceInterval of95(double lower, double upper) {
        return new ConfidenceInterval(lower, upper, 0.95);
    }

    /**
     * Whether {@code value} lies in the interval, limits included.
     *
     * @param value the value
     * @return true if {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /**
     * The two-sided standard normal critical value z for this level, such that the interval of a
     * normally distributed estimate is estimate ± z·SE: the standard normal quantile at
     * {@code (1 + level) / 2} (1.959964 for 95%).
     *
     * @return z
     */
    public double normalCriticalValue() {
        return NormalDistribution.criticalValue(level);
    }

    /**
     * The standard error of a normally distributed estimate whose interval this is:
     * {@code (upper − lower) / (2 z)} (Cochrane Handbook 6.3.1).
     *
     * @return the standard error; 0 for an interval of zero width
     */
    public double normalStandardError() {
        return (upper - lower) / (2 * normalCriticalValue());
    }
}
