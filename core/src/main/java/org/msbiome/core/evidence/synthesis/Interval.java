package org.msbiome.core.evidence.synthesis;

/**
 * A closed interval of real numbers, such as a confidence or prediction interval.
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite, not below {@code lower}
 * @since 0.1.0
 */
public record Interval(double lower, double upper) {
    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if a bound is not finite, or {@code upper} is below {@code lower}
     */
    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
            throw new IllegalArgumentException("interval [" + lower + ", " + upper
                    + "] is not an interval; expected finite bounds with lower <= upper");
        }
    }

    /**
     * Whether {@code value} lies in the interval, bounds included.
     *
     * @param value the value
     * @return true if {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
