package org.msbiome.core.plausibility;

/**
 * The smallest and largest standard deviation (with n − 1 in the denominator) that n values on a
 * bounded scale can have for a reported mean.
 *
 * @param minimum the smallest SD
 * @param maximum the largest SD
 * @since 0.1.0
 */
public record SdRange(double minimum, double maximum) {
    /**
     * Creates a range.
     *
     * @throws IllegalArgumentException if a bound is negative or not finite, or the minimum exceeds the
     *     maximum
     */
    public SdRange {
        if (!(minimum >= 0) || !Double.isFinite(maximum) || minimum > maximum) {
            throw new IllegalArgumentException("SD range (" + minimum + ", " + maximum
                    + ") is not 0 <= minimum <= maximum");
        }
    }
}
