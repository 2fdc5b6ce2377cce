package org.msbiome.core.plausibility;

import java.math.BigInteger;
import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * The values one participant's score can take: the multiples of a step, {@code numerator / denominator}.
 * Integer scores have step 1; the mean of k integer items has step 1/k; the EDSS (and a change in it)
 * has step 0.5.
 *
 * @param numerator the step's numerator, positive
 * @param denominator the step's denominator, positive; the fraction is in lowest terms
 * @since 0.1.0
 */
public record Grid(BigInteger numerator, BigInteger denominator) {
    /** The largest numerator or denominator accepted. */
    private static final BigInteger MAX = BigInteger.valueOf(1_000_000_000L);

    /**
     * Creates a grid.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a component is not positive, exceeds 10^9, or the fraction is not
     *     in lowest terms
     */
    public Grid {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.signum() <= 0 || denominator.signum() <= 0
                || numerator.compareTo(MAX) > 0 || denominator.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("grid step " + Checks.quote(numerator + "/" + denominator)
                    + " is not a fraction of two positive integers up to 10^9");
        }
        if (!numerator.gcd(denominator).equals(BigInteger.ONE)) {
            throw new IllegalArgumentException("grid step " + Checks.quote(numerator + "/" + denominator)
                    + " is not in lowest terms");
        }
    }

    /** Whole numbers (step 1). */
    public static Grid integers() {
        return new Grid(BigInteger.ONE, BigInteger.ONE);
    }

    /**
     * The mean (or sum divided by k) of {@code k} integer items: step 1/k.
     *
     * @throws IllegalArgumentException if {@code k} is not positive or exceeds 10^9
     */
    public static Grid items(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("number of items " + Checks.quote(k) + " is not positive");
        }
        return new Grid(BigInteger.ONE, BigInteger.valueOf(k));
    }

    /**
     * Multiples of a decimal step, such as {@code "0.5"} for the EDSS.
     *
     * @throws IllegalArgumentException if {@code step} is not a positive plain decimal number
     */
    public static Grid step(String step) {
        PublishedDecimal decimal = PublishedDecimal.parse(step);
        BigInteger unscaled = decimal.value().unscaledValue();
        BigInteger scale = BigInteger.TEN.pow(decimal.value().scale());
        if (unscaled.signum() <= 0) {
            throw new IllegalArgumentException("grid step " + Checks.quote(step) + " is not positive");
        }
        BigInteger gcd = unscaled.gcd(scale);
        return new Grid(unscaled.divide(gcd), scale.divide(gcd));
    }

    /** The step as a double. */
    public double stepValue() {
        return numerator.doubleValue() / denominator.doubleValue();
    }

    /** How the grid is written in a flag: {@code "integers"}, {@code "steps of 1/3"}, {@code "steps of 0.5"}. */
    public String describe() {
        if (numerator.equals(BigInteger.ONE) && denominator.equals(BigInteger.ONE)) {
            return "integers";
        }
        BigInteger twos = denominator;
        while (twos.mod(BigInteger.TWO).signum() == 0) {
            twos = twos.divide(BigInteger.TWO);
        }
        while (twos.mod(BigInteger.valueOf(5)).signum() == 0) {
            twos = twos.divide(BigInteger.valueOf(5));
        }
        if (twos.equals(BigInteger.ONE)) {
            return "steps of " + new java.math.BigDecimal(numerator)
                    .divide(new java.math.BigDecimal(denominator)).stripTrailingZeros().toPlainString();
        }
        return "steps of " + numerator + "/" + denominator;
    }
}
