package org.msbiome.core.plausibility;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * The values a score can take: a {@link Grid}, and the scale's minimum and maximum when it is bounded.
 *
 * @param grid the step of the values
 * @param minimum the smallest value, a multiple of the step, when the scale is bounded
 * @param maximum the largest value, a multiple of the step, when the scale is bounded
 * @since 0.1.0
 */
public record Scale(Grid grid, Optional<PublishedDecimal> minimum, Optional<PublishedDecimal> maximum) {
    /**
     * Creates a scale.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if only one bound is given, the minimum is not below the maximum, or
     *     a bound is not a multiple of the step
     */
    public Scale {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.isPresent() != maximum.isPresent()) {
            throw new IllegalArgumentException("a scale has both a minimum and a maximum, or neither");
        }
        if (minimum.isPresent()) {
            if (minimum.get().value().compareTo(maximum.get().value()) >= 0) {
                throw new IllegalArgumentException("scale minimum " + Checks.quote(minimum.get())
                        + " is not below its maximum " + Checks.quote(maximum.get()));
            }
            units(minimum.get().value(), grid, "minimum");
            units(maximum.get().value(), grid, "maximum");
        }
    }

    /** Values on the grid with no stated bounds (such as a change score). */
    public static Scale unbounded(Grid grid) {
        return new Scale(grid, Optional.empty(), Optional.empty());
    }

    /**
     * Values on the grid from {@code minimum} to {@code maximum}, such as 1 to 7 for a 7-point item.
     *
     * @throws IllegalArgumentException as the constructor, or if a bound is not a plain decimal number
     */
    public static Scale bounded(String minimum, String maximum, Grid grid) {
        return new Scale(grid, Optional.of(PublishedDecimal.parse(minimum)),
                Optional.of(PublishedDecimal.parse(maximum)));
    }

    /** Whether the scale has a minimum and a maximum. */
    public boolean isBounded() {
        return minimum.isPresent();
    }

    /** How the scale is written in a flag, such as {@code "integers from 1 to 7"}. */
    public String describe() {
        return grid.describe() + minimum.map(m -> " from " + m + " to " + maximum.orElseThrow()).orElse("");
    }

    /** The value in units of the grid's step; it must be a whole number of steps. */
    static BigInteger units(BigDecimal value, Grid grid, String what) {
        BigDecimal scaled = value.multiply(new BigDecimal(grid.denominator()))
                .divide(new BigDecimal(grid.numerator()), 0, java.math.RoundingMode.FLOOR);
        BigDecimal back = scaled.multiply(new BigDecimal(grid.numerator()));
        if (back.compareTo(value.multiply(new BigDecimal(grid.denominator()))) != 0) {
            throw new IllegalArgumentException("scale " + what + " " + Checks.quote(value.toPlainString())
                    + " is not a multiple of the grid's step (" + grid.describe() + ")");
        }
        return scaled.toBigIntegerExact();
    }
}
