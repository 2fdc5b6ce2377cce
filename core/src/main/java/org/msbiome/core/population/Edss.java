package org.msbiome.core.population;

import java.math.BigDecimal;
import java.util.Objects;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Decimals;

/**
 * A step of Kurtzke's Expanded Disability Status Scale (Kurtzke 1983, Neurology 33:1444–1452;
 * https://fdokumen.com/documents/rating-neurologic-impairment-in-multiple-sclerosis-an-expanded-disability-status.html).
 *
 * <p>The valid steps are 0 (normal neurological examination), 1.0, 1.5, 2.0, … 9.5 and 10 (death due to
 * MS): the EDSS halves the former DSS steps 1 to 9, so there is no step 0.5. Values compare by their
 * step ({@code 1.0} equals {@code 1}).
 *
 * @param score the step, one of 0, 1.0, 1.5, … 9.5, 10
 * @since 0.1.0
 */
public record Edss(BigDecimal score) implements Comparable<Edss> {
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal NINE_AND_A_HALF = new BigDecimal("9.5");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** EDSS 0: normal neurological examination. */
    public static final Edss ZERO = new Edss(BigDecimal.ZERO);

    /** EDSS 10: death due to MS. */
    public static final Edss MAXIMUM = new Edss(TEN);

    /**
     * Normalizes the scale of the number ({@code 1.50} becomes {@code 1.5}).
     *
     * @throws NullPointerException if {@code score} is null
     * @throws IllegalArgumentException if the score is not an EDSS step
     */
    public Edss {
        Objects.requireNonNull(score, "score");
        if (!isStep(score)) {
            throw new IllegalArgumentException("EDSS score " + Checks.quote(Decimals.describe(score))
                    + " is not an EDSS step; expected 0, 1.0, 1.5, 2.0, ... 9.5 or 10 (there is no step 0.5)");
        }
        score = score.signum() == 0 ? BigDecimal.ZERO : score.stripTrailingZeros();
        if (score.scale() < 0) {
            score = score.setScale(0);
        }
    }

    /**
     * The step with this value.
     *
     * @throws IllegalArgumentException if the value is not an EDSS step
     */
    public static Edss of(double score) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("EDSS score " + Checks.quote(score)
                    + " is not an EDSS step; expected 0, 1.0, 1.5, 2.0, ... 9.5 or 10");
        }
        return new Edss(BigDecimal.valueOf(score));
    }

    /**
     * Parses a step written as a decimal number, like {@code "3.5"}.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not a decimal number or not an EDSS step
     */
    public static Edss parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (!trimmed.matches("\\d{1,2}(\\.\\d{1,3})?")) {
            throw new IllegalArgumentException("EDSS score " + Checks.quote(text)
                    + " is not a decimal number; expected a step like '3.5'");
        }
        return new Edss(new BigDecimal(trimmed));
    }

    /** Whether {@code value} is a valid EDSS step. */
    public static boolean isStep(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0 || value.compareTo(TEN) == 0) {
            return true;
        }
        // The range first: comparing costs nothing whatever the exponent, multiplying and stripping do not.
        if (value.compareTo(ONE) < 0 || value.compareTo(NINE_AND_A_HALF) > 0 || !Decimals.isBounded(value)) {
            return false;
        }
        boolean halfStep = value.multiply(TWO).stripTrailingZeros().scale() <= 0;
        return halfStep && value.compareTo(ONE) >= 0 && value.compareTo(NINE_AND_A_HALF) <= 0;
    }

    /** Orders steps by value. */
    @Override
    public int compareTo(Edss other) {
        return score.compareTo(other.score);
    }
}
