package org.msbiome.core.effect;

import jakarta.validation.constraints.Min;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * A group median with its interquartile range, kept as published. msbiome does not estimate a mean or
 * SD from it: the methods for that make distributional assumptions a reader should choose explicitly.
 *
 * @param n the group size, when published; less than 1 violates {@link Min}
 * @param median the median
 * @param lowerQuartile the first quartile, not above the median
 * @param upperQuartile the third quartile, not below the median
 * @since 0.1.0
 */
public record MedianSummary(Optional<@Min(1) Integer> n, double median, double lowerQuartile, double upperQuartile)
        implements GroupSummary {
    /**
     * Creates a summary.
     *
     * @throws NullPointerException if {@code n} is null
     * @throws IllegalArgumentException if a number is not finite, or the quartiles are not ordered
     *     lowerQuartile ≤ median ≤ upperQuartile
     */
    public MedianSummary {
        Objects.requireNonNull(n, "n");
        if (!Double.isFinite(median) || !Double.isFinite(lowerQuartile) || !Double.isFinite(upperQuartile)) {
            throw new IllegalArgumentException("median and quartiles must be finite numbers");
        }
        if (!(lowerQuartile <= median && median <= upperQuartile)) {
            throw new IllegalArgumentException("quartiles " + Checks.quote(lowerQuartile + ", " + median + ", "
                    + upperQuartile) + " are not ordered; expected lowerQuartile <= median <= upperQuartile");
        }
    }
}
