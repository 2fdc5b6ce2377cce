package org.msbiome.core.effect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Codes;
import org.msbiome.core.internal.NormalDistribution;
import org.msbiome.core.internal.StudentT;

/**
 * Estimates a group's mean and SD from the summary forms papers publish instead: median with quartiles,
 * with range, or with both (means by Luo et al. 2018, SDs by Wan et al. 2014, see {@link SummaryMethod}),
 * and the SD from a standard error or from a confidence interval of the mean (Cochrane Handbook 6.5.2.2),
 * with the normal or the t quantile. Each result names its methods. These estimators assume roughly
 * normal data; for skewed data they are approximations a reader should know about.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SummaryConversions {
    /** The group size below which the Cochrane Handbook uses the t quantile (6.5.2.2). */
    public static final int HANDBOOK_T_BELOW = 60;

    private SummaryConversions() {}

    /**
     * Which quantile converts a confidence interval of a mean to an SD.
     *
     * @since 0.1.0
     */
    public enum IntervalQuantile {
        /** The standard normal quantile. */
        NORMAL("normal"),
        /** The t quantile with n − 1 degrees of freedom. */
        STUDENT_T("student-t"),
        /** The t quantile when n is below 60, the normal quantile otherwise (Cochrane Handbook 6.5.2.2). */
        HANDBOOK("handbook");

        private final String code;

        IntervalQuantile(String code) {
            this.code = code;
        }

        /**
         * The lower-case kebab code.
         *
         * @return the code
         */
        public String code() {
            return code;
        }

        /**
         * The quantile with this code.
         *
         * @param code the code
         * @return the quantile
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException if there is none; the message lists the codes
         */
        public static IntervalQuantile fromCode(String code) {
            return Codes.fromCode(values(), IntervalQuantile::code, "interval quantile", code);
        }
    }

    /**
     * Mean (Luo 2018) and SD (Wan 2014) from the median and quartiles.
     *
     * @param n the group size, at least 2
     * @param lowerQuartile q₁
     * @param median m
     * @param upperQuartile q₃
     * @return the estimate
     * @throws IllegalArgumentException if n &lt; 2, a number is not finite, the quartiles are not ordered
     *     q₁ ≤ m ≤ q₃, or q₁ = q₃ (no spread)
     */
    public static EstimatedMeanAndSd fromMedianAndQuartiles(int n, double lowerQuartile, double median,
            double upperQuartile) {
        checkOrder(n, "quartiles", lowerQuartile, median, upperQuartile);
        double mean = (0.7 + 0.39 / n) * (lowerQuartile + upperQuartile) / 2 + (0.3 - 0.39 / n) * median;
        double sd = (upperQuartile - lowerQuartile) / (2 * eta(n));
        return new EstimatedMeanAndSd(n, mean, sd, SummaryMethod.LUO_2018_QUARTILES, SummaryMethod.WAN_2014_QUARTILES);
    }

    /**
     * Mean and SD from a published median with quartiles.
     *
     * @param summary the median and quartiles, with n
     * @return the estimate
     * @throws NullPointerException if {@code summary} is null
     * @throws IllegalArgumentException if n is not given or below 2, or q₁ = q₃
     */
    public static EstimatedMeanAndSd fromMedian(MedianSummary summary) {
        Objects.requireNonNull(summary, "summary");
        int n = summary.n().orElseThrow(() -> new IllegalArgumentException(
                "group size n is not given; it is needed to estimate a mean and SD from a median"));
        return fromMedianAndQuartiles(n, summary.lowerQuartile(), summary.median(), summary.upperQuartile());
    }

    /**
     * Mean (Luo 2018) and SD (Wan 2014) from the median and range.
     *
     * @param n the group size, at least 2
     * @param minimum a
     * @param median m
     * @param maximum b
     * @return the estimate
     * @throws IllegalArgumentException if n &lt; 2, a number is not finite, the values are not ordered
     *     a ≤ m ≤ b, or a = b
     */
    public static EstimatedMeanAndSd fromMedianAndRange(int n, double minimum, double median, double maximum) {
        checkOrder(n, "range", minimum, median, maximum);
        double w = 4 / (4 + Math.pow(n, 0.75));
        double mean = w * (minimum + maximum) / 2 + (1 - w) * median;
        double sd = (maximum - minimum) / (2 * xi(n));
        return new EstimatedMeanAndSd(n, mean, sd, SummaryMethod.LUO_2018_RANGE, SummaryMethod.WAN_2014_RANGE);
    }

    /**
     * Mean (Luo 2018) and SD (Wan 2014) from the median, quartiles and range.
     *
     * @param n the group size, at least 2
     * @param minimum a
     * @param lowerQuartile q₁
     * @param median m
     * @param upperQuartile q₃
     * @param maximum b
     * @return the estimate
     * @throws IllegalArgumentException if n &lt; 2, a number is not finite, or the values are not ordered
     *     a ≤ q₁ ≤ m ≤ q₃ ≤ b with a &lt; b and q₁ &lt; q₃
     */
    public static EstimatedMeanAndSd fromMedianQuartilesAndRange(int n, double minimum, double lowerQuartile,
            double median, double upperQuartile, double maximum) {
        checkOrder(n, "quartiles", lowerQuartile, median, upperQuartile);
        checkOrder(n, "range", minimum, median, maximum);
        if (minimum > lowerQuartile || upperQuartile > maximum) {
            throw new IllegalArgumentException("quartiles " + Checks.quote(lowerQuartile + " to " + upperQuartile)
                    + " lie outside the range " + Checks.quote(minimum + " to " + maximum));
        }
        double w1 = 2.2 / (2.2 + Math.pow(n, 0.75));
        double w2 = 0.7 - 0.72 / Math.pow(n, 0.55);
        double mean = w1 * (minimum + maximum) / 2 + w2 * (lowerQuartile + upperQuartile) / 2 + (1 - w1 - w2) * median;
        double sd = (maximum - minimum) / (2 * xi(n)) / 2 + (upperQuartile - lowerQuartile) / (2 * eta(n)) / 2;
        return new EstimatedMeanAndSd(n, mean, sd, SummaryMethod.LUO_2018_RANGE_AND_QUARTILES,
                SummaryMethod.WAN_2014_RANGE_AND_QUARTILES);
    }

    /**
     * SD = SE·√n, the mean as published.
     *
     * @param n the group size, at least 1
     * @param mean the mean
     * @param standardError the standard error of the mean
     * @return the estimate
     * @throws IllegalArgumentException if n &lt; 1, the mean is not finite, or the SE is not a positive
     *     finite number (a negative SE is refused, never used by its absolute value)
     */
    public static EstimatedMeanAndSd fromStandardError(int n, double mean, double standardError) {
        if (!(standardError > 0 && Double.isFinite(standardError))) {
            throw new IllegalArgumentException("standard error " + Checks.quote(standardError)
                    + " is not positive; expected a positive standard error of the mean");
        }
        return new EstimatedMeanAndSd(n, mean, standardError * Math.sqrt(n), SummaryMethod.MEAN_AS_PUBLISHED,
                SummaryMethod.SD_FROM_STANDARD_ERROR);
    }

    /**
     * SD = √n·(upper − lower)/(2c) from a confidence interval of the mean, c the critical value of its
     * level from the quantile chosen; the mean as published.
     *
     * @param n the group size, at least 2 for a t quantile
     * @param mean the mean
     * @param interval the confidence interval of the mean; it must contain the mean and have a width
     * @param quantile the quantile to use
     * @return the estimate
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the interval does not contain the mean or has no width, or n is
     *     too small
     */
    public static EstimatedMeanAndSd fromConfidenceInterval(int n, double mean, ConfidenceInterval interval,
            IntervalQuantile quantile) {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(quantile, "quantile");
        if (!interval.contains(mean)) {
            throw new IllegalArgumentException("confidence interval " + Checks.quote(interval.lower() + " to "
                    + interval.upper()) + " does not contain its mean " + Checks.quote(mean)
                    + "; expected an interval of the mean around it");
        }
        if (!(interval.upper() > interval.lower())) {
            throw new IllegalArgumentException("confidence interval " + Checks.quote(interval.lower() + " to "
                    + interval.upper()) + " has no width; no standard deviation can be derived");
        }
        boolean t = quantile == IntervalQuantile.STUDENT_T
                || (quantile == IntervalQuantile.HANDBOOK && n < HANDBOOK_T_BELOW);
        if (n < (t ? 2 : 1)) {
            throw new IllegalArgumentException("group size " + n + " is too small; expected at least " + (t ? 2 : 1));
        }
        double critical = t ? StudentT.criticalValue(interval.level(), n - 1) : interval.normalCriticalValue();
        double sd = Math.sqrt(n) * (interval.upper() - interval.lower()) / (2 * critical);
        return new EstimatedMeanAndSd(n, mean, sd, SummaryMethod.MEAN_AS_PUBLISHED,
                t ? SummaryMethod.SD_FROM_INTERVAL_T : SummaryMethod.SD_FROM_INTERVAL_NORMAL);
    }

    private static void checkOrder(int n, String what, double low, double median, double high) {
        if (n < 2) {
            throw new IllegalArgumentException("group size " + n + " is too small; expected at least 2");
        }
        if (!Double.isFinite(low) || !Double.isFinite(median) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("median and " + what + " must be finite numbers");
        }
        if (!(low <= median && median <= high && low < high)) {
            throw new IllegalArgumentException(what + " " + Checks.quote(low + ", " + median + ", " + high)
                    + " are not ordered around the median with a spread; expected low <= median <= high, low < high");
        }
    }

    /** Wan's ξ(n)/2 = Φ⁻¹((n − 0.375)/(n + 0.25)). */
    private static double xi(int n) {
        return NormalDistribution.quantile((n - 0.375) / (n + 0.25));
    }

    /** Wan's η(n)/2 = Φ⁻¹((0.75n − 0.125)/(n + 0.25)). */
    private static double eta(int n) {
        return NormalDistribution.quantile((0.75 * n - 0.125) / (n + 0.25));
    }
}
