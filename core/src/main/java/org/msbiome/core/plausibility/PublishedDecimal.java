package org.msbiome.core.plausibility;

import java.math.BigDecimal;
import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * A number as a paper printed it, such as {@code "5.20"}: its value and the number of decimals it was
 * reported to, trailing zeros included.
 *
 * @param text the number as printed: an optional minus sign, digits, and an optional decimal point
 *     followed by digits (at most 15 digits before and 15 after the point)
 * @since 0.1.0
 */
public record PublishedDecimal(String text) {
    /** The largest number of digits accepted on either side of the decimal point. */
    static final int MAX_DIGITS = 15;

    /**
     * Creates a published number.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not a plain decimal number of the form above
     */
    public PublishedDecimal {
        Objects.requireNonNull(text, "text");
        if (!text.matches("-?[0-9]{1," + MAX_DIGITS + "}(\\.[0-9]{1," + MAX_DIGITS + "})?")) {
            throw new IllegalArgumentException("published number " + Checks.quote(text)
                    + " is not a plain decimal number such as 5.20 (at most " + MAX_DIGITS
                    + " digits on either side of the point, no exponent)");
        }
    }

    /**
     * The number printed as {@code text}.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException as the constructor
     */
    public static PublishedDecimal parse(String text) {
        return new PublishedDecimal(text);
    }

    /**
     * The number a {@code double} prints as in its shortest form ({@link Double#toString(double)} without
     * exponent). A trailing zero the paper printed is lost in a {@code double}: {@code 5.2} from a paper's
     * {@code 5.20} has one decimal here, not two.
     *
     * @throws IllegalArgumentException if {@code value} is not finite or needs more than 15 digits on
     *     either side of the point
     */
    public static PublishedDecimal ofDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("number " + Checks.quote(value) + " is not finite");
        }
        BigDecimal exact = new BigDecimal(Double.toString(value));
        if (exact.scale() > MAX_DIGITS || exact.precision() - exact.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException("number " + Checks.quote(value)
                    + " needs more than " + MAX_DIGITS + " digits on a side of the point");
        }
        BigDecimal plain = exact.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return new PublishedDecimal(plain.toPlainString());
    }

    /** The value. */
    public BigDecimal value() {
        return new BigDecimal(text);
    }

    /** The number of decimals it was reported to (2 for {@code "5.20"}, 0 for {@code "5"}). */
    public int decimals() {
        int point = text.indexOf('.');
        return point < 0 ? 0 : text.length() - point - 1;
    }

    /**
     * Half a unit in the last reported decimal: every true value within this distance rounds to the
     * published number (0.005 for {@code "5.20"}).
     */
    public BigDecimal halfUnit() {
        return BigDecimal.valueOf(5, decimals() + 1);
    }

    /** The text. */
    @Override
    public String toString() {
        return text;
    }
}
