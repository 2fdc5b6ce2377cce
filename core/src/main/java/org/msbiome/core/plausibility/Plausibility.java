package org.msbiome.core.plausibility;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * GRIM, GRIMMER, SD bounds and the SD-that-looks-like-an-SE check, in exact arithmetic.
 *
 * <p>A reported number stands for every value that rounds to it: {@code 5.21} for the values from 5.205 to
 * 5.215, either end included (a tie may have been rounded up or down). A mean is possible when some sum of
 * n values on the grid, divided by n, lies in that interval; the checks work in units of the grid's step,
 * where every value, sum and sum of squares is a whole number.
 *
 * <pre>{@code
 * Plausibility.grim(PublishedDecimal.parse("5.19"), 28, Grid.integers());    // false
 * Plausibility.grimmer(PublishedDecimal.parse("5.21"), PublishedDecimal.parse("1.6"), 28, Grid.integers()); // true
 * Plausibility.check(PublishedDecimal.parse("-0.52"), PublishedDecimal.parse("0.04"), 24,
 *         Scale.unbounded(Grid.step("0.5")));  // [sd-looks-like-se: ... smallest SD 0.102 ... SD 0.196]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Plausibility {
    /** The most candidate sums a check examines; beyond it the grid is too fine for the mean's decimals. */
    static final int MAX_CANDIDATE_SUMS = 100_000;
    /** The largest n accepted. */
    static final int MAX_N = 1_000_000;

    private static final String RAW_MEAN = "a plain mean of the n values analysed, each on the grid;"
            + " not adjusted, imputed or model-based";

    private Plausibility() {}

    /**
     * GRIM: whether a mean reported to its decimals can be the mean of {@code n} values on the grid.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code n} is not from 1 to 10^6
     */
    public static boolean grim(PublishedDecimal mean, int n, Grid grid) {
        return !sums(mean, n, Scale.unbounded(grid)).isEmpty();
    }

    /**
     * GRIMMER in its A-GRIMMER form: whether the SD (with n − 1 in the denominator) can be the SD of
     * {@code n} values on the grid with that mean. It is possible when, for a sum the mean allows, a whole
     * sum of squares (in units of the step) lies within the bounds the rounded SD allows and has the parity
     * of the sum. False when the mean fails GRIM.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code n} is not from 2 to 10^6, or the SD is negative
     */
    public static boolean grimmer(PublishedDecimal mean, PublishedDecimal sd, int n, Grid grid) {
        requireN(n, 2);
        requireNonNegative(sd);
        for (BigInteger sum : sums(mean, n, Scale.unbounded(grid))) {
            if (sumOfSquaresFits(sum, sd, n, grid)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The smallest SD that {@code n} values on the grid with this mean can have (the values as equal as the
     * grid allows), when the mean passes GRIM.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code n} is not from 2 to 10^6
     */
    public static Optional<Double> minimumSd(PublishedDecimal mean, int n, Grid grid) {
        requireN(n, 2);
        List<BigInteger> sums = sums(mean, n, Scale.unbounded(grid));
        return sums.stream().map(s -> minimumSd(s, n, grid)).min(Double::compare);
    }

    /**
     * The smallest and largest SD that {@code n} values on the bounded scale with this mean can have, when
     * the mean passes GRIM and lies on the scale. The largest puts as many values as the mean allows at the
     * maximum, the rest at the minimum and at most one between.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code n} is not from 2 to 10^6, or the scale is not bounded
     */
    public static Optional<SdRange> sdBounds(PublishedDecimal mean, int n, Scale scale) {
        requireN(n, 2);
        if (!scale.isBounded()) {
            throw new IllegalArgumentException("scale " + Checks.quote(scale.describe())
                    + " has no minimum and maximum; SD bounds need a bounded scale");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (BigInteger sum : sums(mean, n, scale)) {
            min = Math.min(min, minimumSd(sum, n, scale.grid()));
            max = Math.max(max, maximumSd(sum, n, scale));
        }
        return max < 0 ? Optional.empty() : Optional.of(new SdRange(min, max));
    }

    /**
     * Runs the checks on a mean and the "±" value published with it, as if the "±" value were an SD, and
     * returns the flags they raise (none when the numbers are possible):
     * <ul>
     *   <li>{@link PlausibilityCheck#GRIM} when no sum of n values on the scale gives the mean (the other
     *       checks need a sum, so it is then the only flag);</li>
     *   <li>{@link PlausibilityCheck#SD_LOOKS_LIKE_SE} when the "±" value is below the smallest SD the
     *       grid allows; the flag gives the SD it implies as a standard error, {@code ± · √n};</li>
     *   <li>{@link PlausibilityCheck#SD_BOUNDS} when it is above the largest SD the bounded scale allows;</li>
     *   <li>{@link PlausibilityCheck#GRIMMER} when it is within the bounds but no sum of squares fits.</li>
     * </ul>
     *
     * @param mean the published mean
     * @param plusMinus the published "±" value (an SD, or a spread the paper does not name)
     * @param n the number of values the mean and SD are of
     * @param scale the values one participant's score can take
     * @return the flags, in the order above
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code n} is not from 2 to 10^6, or the "±" value is negative
     */
    public static List<PlausibilityFlag> check(PublishedDecimal mean, PublishedDecimal plusMinus, int n, Scale scale) {
        requireN(n, 2);
        requireNonNegative(plusMinus);
        List<PlausibilityFlag> flags = new ArrayList<>();
        List<BigInteger> sums = sums(mean, n, scale);
        Grid grid = scale.grid();
        if (sums.isEmpty()) {
            flags.add(grimFlag(mean, n, scale));
            return flags;
        }
        double minimum = sums.stream().mapToDouble(s -> minimumSd(s, n, grid)).min().orElseThrow();
        BigDecimal top = plusMinus.value().add(plusMinus.halfUnit());
        BigDecimal bottom = plusMinus.value().subtract(plusMinus.halfUnit()).max(BigDecimal.ZERO);
        if (top.doubleValue() < minimum) {
            double asSe = plusMinus.value().doubleValue() * Math.sqrt(n);
            Map<String, String> numbers = new LinkedHashMap<>();
            numbers.put("mean", mean.text());
            numbers.put("plus-minus", plusMinus.text());
            numbers.put("n", Integer.toString(n));
            numbers.put("grid", grid.describe());
            numbers.put("minimum SD", round(minimum));
            numbers.put("SD if the value is an SE", round(asSe));
            flags.add(new PlausibilityFlag(PlausibilityCheck.SD_LOOKS_LIKE_SE,
                    "± " + plusMinus + " cannot be an SD: the smallest SD of " + n + " values on "
                            + scale.describe() + " with mean " + mean + " is " + round(minimum)
                            + "; as a standard error it implies an SD of " + round(asSe)
                            + " (" + plusMinus + " × √" + n + ")",
                    numbers, RAW_MEAN));
            return flags;
        }
        if (scale.isBounded()) {
            double maximum = sums.stream().mapToDouble(s -> maximumSd(s, n, scale)).max().orElseThrow();
            if (bottom.doubleValue() > maximum) {
                Map<String, String> numbers = new LinkedHashMap<>();
                numbers.put("mean", mean.text());
                numbers.put("plus-minus", plusMinus.text());
                numbers.put("n", Integer.toString(n));
                numbers.put("scale", scale.describe());
                numbers.put("maximum SD", round(maximum));
                flags.add(new PlausibilityFlag(PlausibilityCheck.SD_BOUNDS,
                        "± " + plusMinus + " is above the largest SD, " + round(maximum) + ", of " + n
                                + " values on " + scale.describe() + " with mean " + mean,
                        numbers, RAW_MEAN + "; values within the scale's range"));
                return flags;
            }
        }
        boolean fits = sums.stream().anyMatch(s -> sumOfSquaresFits(s, plusMinus, n, grid));
        if (!fits) {
            Map<String, String> numbers = new LinkedHashMap<>();
            numbers.put("mean", mean.text());
            numbers.put("SD", plusMinus.text());
            numbers.put("n", Integer.toString(n));
            numbers.put("grid", grid.describe());
            flags.add(new PlausibilityFlag(PlausibilityCheck.GRIMMER,
                    "no " + n + " values on " + scale.describe() + " with mean " + mean
                            + " have an SD that rounds to " + plusMinus
                            + " (no whole sum of squares within the bounds with the parity of the sum)",
                    numbers, RAW_MEAN + "; the \"±\" value is their SD"));
        }
        return flags;
    }

    private static PlausibilityFlag grimFlag(PublishedDecimal mean, int n, Scale scale) {
        Grid grid = scale.grid();
        BigDecimal units = mean.value().multiply(new BigDecimal(grid.denominator()))
                .multiply(BigDecimal.valueOf(n));
        BigDecimal p = new BigDecimal(grid.numerator());
        BigInteger below = units.divide(p, 0, RoundingMode.FLOOR).toBigIntegerExact();
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("mean", mean.text());
        numbers.put("n", Integer.toString(n));
        numbers.put("grid", grid.describe());
        String nearest = meanOf(below, n, grid, mean.decimals() + 2) + " and "
                + meanOf(below.add(BigInteger.ONE), n, grid, mean.decimals() + 2);
        numbers.put("nearest possible means", nearest);
        return new PlausibilityFlag(PlausibilityCheck.GRIM,
                "no " + n + " values on " + scale.describe() + " have a mean that rounds to " + mean
                        + "; the nearest possible means are " + nearest,
                numbers, RAW_MEAN);
    }

    private static String meanOf(BigInteger sumUnits, int n, Grid grid, int decimals) {
        return new BigDecimal(sumUnits.multiply(grid.numerator()))
                .divide(new BigDecimal(grid.denominator().multiply(BigInteger.valueOf(n))), decimals,
                        RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Every sum (in units of the step) whose mean over n rounds to the published mean, on the scale. */
    static List<BigInteger> sums(PublishedDecimal mean, int n, Scale scale) {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(scale, "scale");
        requireN(n, 1);
        Grid grid = scale.grid();
        BigDecimal factor = new BigDecimal(grid.denominator().multiply(BigInteger.valueOf(n)));
        BigDecimal p = new BigDecimal(grid.numerator());
        BigDecimal low = mean.value().subtract(mean.halfUnit()).multiply(factor);
        BigDecimal high = mean.value().add(mean.halfUnit()).multiply(factor);
        BigInteger first = low.divide(p, 0, RoundingMode.CEILING).toBigIntegerExact();
        BigInteger last = high.divide(p, 0, RoundingMode.FLOOR).toBigIntegerExact();
        if (scale.isBounded()) {
            BigInteger count = BigInteger.valueOf(n);
            first = first.max(Scale.units(scale.minimum().orElseThrow().value(), grid, "minimum").multiply(count));
            last = last.min(Scale.units(scale.maximum().orElseThrow().value(), grid, "maximum").multiply(count));
        }
        List<BigInteger> sums = new ArrayList<>();
        if (first.compareTo(last) > 0) {
            return sums;
        }
        if (last.subtract(first).compareTo(BigInteger.valueOf(MAX_CANDIDATE_SUMS)) >= 0) {
            throw new IllegalArgumentException("mean " + Checks.quote(mean.text()) + " with n = " + n + " on "
                    + grid.describe() + " allows more than " + MAX_CANDIDATE_SUMS
                    + " sums: the grid is too fine for the mean's decimals to say anything");
        }
        for (BigInteger s = first; s.compareTo(last) <= 0; s = s.add(BigInteger.ONE)) {
            sums.add(s);
        }
        return sums;
    }

    /** The SD of n values on the grid with this sum, as equal as possible. */
    static double minimumSd(BigInteger sum, int n, Grid grid) {
        BigInteger count = BigInteger.valueOf(n);
        BigInteger r = sum.mod(count);
        // r values one step above the others: sum of squared deviations r(n - r)/n units squared
        BigInteger numerator = r.multiply(count.subtract(r));
        return sd(numerator, n, grid);
    }

    /** The SD of n values on the bounded scale with this sum, pushed to the extremes. */
    static double maximumSd(BigInteger sum, int n, Scale scale) {
        Grid grid = scale.grid();
        BigInteger lo = Scale.units(scale.minimum().orElseThrow().value(), grid, "minimum");
        BigInteger hi = Scale.units(scale.maximum().orElseThrow().value(), grid, "maximum");
        BigInteger count = BigInteger.valueOf(n);
        BigInteger above = sum.subtract(lo.multiply(count));
        BigInteger width = hi.subtract(lo);
        BigInteger atMax = above.divide(width);
        BigInteger rest = above.subtract(atMax.multiply(width));
        BigInteger squares = atMax.multiply(hi.pow(2));
        if (atMax.compareTo(count) < 0) {
            BigInteger middle = lo.add(rest);
            squares = squares.add(middle.pow(2))
                    .add(count.subtract(atMax).subtract(BigInteger.ONE).multiply(lo.pow(2)));
        }
        // n * sum of squares - sum^2 = n * (sum of squared deviations)
        return sd(count.multiply(squares).subtract(sum.pow(2)), n, grid);
    }

    /** The SD from n times the sum of squared deviations, in units of the step. */
    private static double sd(BigInteger nTimesDeviations, int n, Grid grid) {
        double variance = nTimesDeviations.doubleValue() / ((double) n * (n - 1));
        return Math.sqrt(variance) * grid.stepValue();
    }

    /**
     * Whether a whole sum of squares T (in units of the step squared) with the parity of the sum lies in
     * the bounds: (n − 1)·SD² + sum²·step²/n, over step², for SD at either end of its rounding interval.
     * Multiplied by n·p²: n(n − 1)·SD²·q² + sum²·p² ≤ T·n·p².
     */
    static boolean sumOfSquaresFits(BigInteger sum, PublishedDecimal sd, int n, Grid grid) {
        BigDecimal lowSd = sd.value().subtract(sd.halfUnit()).max(BigDecimal.ZERO);
        BigDecimal highSd = sd.value().add(sd.halfUnit());
        BigDecimal p2 = new BigDecimal(grid.numerator().pow(2));
        BigDecimal q2 = new BigDecimal(grid.denominator().pow(2));
        BigDecimal nn1 = BigDecimal.valueOf((long) n * (n - 1));
        BigDecimal sumPart = new BigDecimal(sum.pow(2)).multiply(p2);
        BigDecimal divisor = p2.multiply(BigDecimal.valueOf(n));
        BigInteger first = nn1.multiply(lowSd.pow(2)).multiply(q2).add(sumPart)
                .divide(divisor, 0, RoundingMode.CEILING).toBigIntegerExact();
        BigInteger last = nn1.multiply(highSd.pow(2)).multiply(q2).add(sumPart)
                .divide(divisor, 0, RoundingMode.FLOOR).toBigIntegerExact();
        if (first.compareTo(last) > 0) {
            return false;
        }
        boolean sameParity = first.testBit(0) == sum.testBit(0);
        return sameParity || first.add(BigInteger.ONE).compareTo(last) <= 0;
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    private static void requireN(int n, int least) {
        if (n < least || n > MAX_N) {
            throw new IllegalArgumentException("n " + Checks.quote(n) + " is not from " + least + " to " + MAX_N);
        }
    }

    private static void requireNonNegative(PublishedDecimal value) {
        if (value.value().signum() < 0) {
            throw new IllegalArgumentException("SD " + Checks.quote(value.text()) + " is negative");
        }
    }
}
