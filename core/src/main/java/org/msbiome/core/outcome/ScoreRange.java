package org.msbiome.core.outcome;

import java.math.BigDecimal;
import java.util.Objects;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Decimals;

/**
 * The inclusive range of an instrument's score, like 9–63 for the Fatigue Severity Scale total.
 *
 * @param minimum the lowest possible score
 * @param maximum the highest possible score, above the minimum
 * @since 0.1.0
 */
public record ScoreRange(BigDecimal minimum, BigDecimal maximum) {

    /**
     * @throws NullPointerException if a bound is null
     * @throws IllegalArgumentException if the maximum is not above the minimum
     */
    public ScoreRange {
        Decimals.checkBounded(Objects.requireNonNull(minimum, "minimum"), "score range minimum");
        Decimals.checkBounded(Objects.requireNonNull(maximum, "maximum"), "score range maximum");
        if (maximum.compareTo(minimum) <= 0) {
            throw new IllegalArgumentException("score range maximum " + Checks.quote(maximum.toPlainString())
                    + " is not above minimum " + Checks.quote(minimum.toPlainString())
                    + "; expected a range like 9 to 63");
        }
    }

    /**
     * The range between two whole numbers.
     *
     * @throws IllegalArgumentException if the maximum is not above the minimum
     */
    public static ScoreRange of(long minimum, long maximum) {
        return new ScoreRange(BigDecimal.valueOf(minimum), BigDecimal.valueOf(maximum));
    }

    /** Whether {@code score} lies in the range. */
    public boolean contains(BigDecimal score) {
        return score.compareTo(minimum) >= 0 && score.compareTo(maximum) <= 0;
    }
}
