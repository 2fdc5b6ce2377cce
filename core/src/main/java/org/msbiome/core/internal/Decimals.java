package org.msbiome.core.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Bounds for exact decimals that come from input, checked before any arithmetic.
 *
 * <p>A {@code BigDecimal} is cheap to hold but not to use: {@code 1E+999999999} is eleven characters, yet
 * {@code setScale(0)} or {@code toPlainString()} on it builds a billion digits. Every exact decimal that a
 * core type keeps is therefore first checked here for the number of its significant digits and the power of
 * ten of its leading digit, both in constant time, and only then normalised, compared or printed.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Decimals {
    /** The most significant digits an exact decimal may have. */
    public static final int MAX_SIGNIFICANT_DIGITS = 50;

    /** The largest power of ten (in magnitude) of an exact decimal's leading digit. */
    public static final int MAX_EXPONENT = 99;

    // 50 decimal digits need at most 167 bits (log2(10^50) = 166.1); checking bits first keeps the check O(1).
    private static final int MAX_BITS = 167;

    private Decimals() {}

    /**
     * Checks the form of an exact decimal: at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits and a
     * leading digit between 10<sup>-{@value #MAX_EXPONENT}</sup> and 10<sup>{@value #MAX_EXPONENT}</sup>.
     * The check costs the same for {@code 1E+999999999} as for {@code 1}.
     *
     * @param value the value
     * @param what what the value is, for the message ("unit size")
     * @return the value with trailing zeros removed and a scale of at least zero ({@code 2.50E+3} becomes
     *     {@code 2500}), so that equal amounts are equal records
     * @throws IllegalArgumentException if the value has too many digits or too large or small an exponent
     */
    public static BigDecimal requireBounded(BigDecimal value, String what) {
        checkBounded(value, what);
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Checks the form of an exact decimal like {@link #requireBounded(BigDecimal, String)}, and returns it as it
     * is (trailing zeros kept, as published).
     *
     * @param value the value
     * @param what what the value is, for the message ("score")
     * @return the value
     * @throws IllegalArgumentException if the value has too many digits or too large or small an exponent
     */
    public static BigDecimal checkBounded(BigDecimal value, String what) {
        Objects.requireNonNull(value, "value");
        if (value.unscaledValue().bitLength() > MAX_BITS || value.precision() > MAX_SIGNIFICANT_DIGITS) {
            throw new IllegalArgumentException(what + " " + describe(value) + " has more than "
                    + MAX_SIGNIFICANT_DIGITS + " significant digits");
        }
        if (value.signum() != 0 && Math.abs(exponent(value)) > MAX_EXPONENT) {
            throw new IllegalArgumentException(what + " " + describe(value) + " is out of range; its power of ten "
                    + "must be between -" + MAX_EXPONENT + " and " + MAX_EXPONENT);
        }
        return value;
    }

    /**
     * Whether a value passes {@link #checkBounded(BigDecimal, String)}.
     *
     * @param value the value
     * @return true if its digits and exponent are within the bounds
     */
    public static boolean isBounded(BigDecimal value) {
        return value.unscaledValue().bitLength() <= MAX_BITS && value.precision() <= MAX_SIGNIFICANT_DIGITS
                && (value.signum() == 0 || Math.abs(exponent(value)) <= MAX_EXPONENT);
    }

    /**
     * The power of ten of a non-zero value's leading digit: 9 for 2.5 × 10<sup>9</sup>, -3 for 0.001.
     *
     * @param value a non-zero value whose digits are bounded
     * @return the exponent
     */
    public static long exponent(BigDecimal value) {
        return (long) value.precision() - value.scale() - 1;
    }

    /**
     * A short text for a value in a message, whatever its size: the plain decimal when it is short,
     * scientific notation otherwise, and the first digits only of a value with very many digits.
     *
     * @param value the value
     * @return at most about 60 characters
     */
    public static String describe(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.unscaledValue().bitLength() > MAX_BITS) {
            String digits = value.unscaledValue().abs().toString(16);
            return (value.signum() < 0 ? "-" : "") + "a number of about " + (value.unscaledValue().bitLength() * 3 / 10)
                    + " digits (hex prefix 0x" + digits.substring(0, 16) + "…, scale " + value.scale() + ")";
        }
        if (value.signum() == 0) {
            return "0";
        }
        long exponent = exponent(value);
        if (exponent >= -6 && exponent <= 20 && value.scale() <= 60) {
            return value.toPlainString();
        }
        return value.toString();
    }
}
