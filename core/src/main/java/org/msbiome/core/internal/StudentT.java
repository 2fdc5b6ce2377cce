package org.msbiome.core.internal;

/**
 * The Student t distribution with ν degrees of freedom: distribution function, two-sided tail probability
 * and quantile. F(t) = 1 − ½·I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (Abramowitz &amp; Stegun 26.7.1), with
 * {@link SpecialFunctions#regularizedBeta}; the quantile is found by bisection on F to the resolution of
 * double.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class StudentT {
    private StudentT() {}

    /**
     * P(|T| ≥ |t|), the two-sided p-value of a t statistic, computed without cancellation.
     *
     * @param t the statistic
     * @param df the degrees of freedom, positive
     * @return the two-sided tail probability
     * @throws IllegalArgumentException if df is not positive
     */
    public static double twoSidedTail(double t, double df) {
        checkDf(df);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return SpecialFunctions.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /**
     * F(t) = P(T ≤ t).
     *
     * @param t the value
     * @param df the degrees of freedom, positive
     * @return F(t)
     * @throws IllegalArgumentException if df is not positive
     */
    public static double cdf(double t, double df) {
        double tail = twoSidedTail(t, df) / 2;
        return t < 0 ? tail : 1 - tail;
    }

    /**
     * The p-quantile, for 0.5 ≤ p &lt; 1.
     *
     * @param p the probability
     * @param df the degrees of freedom, positive
     * @return the quantile
     * @throws IllegalArgumentException if p is not in [0.5, 1) or df is not positive
     */
    public static double quantile(double p, double df) {
        checkDf(df);
        if (!(p >= 0.5 && p < 1)) {
            throw new IllegalArgumentException("p " + p + " is out of range; expected 0.5 <= p < 1");
        }
        double upperTail = 2 * (1 - p);
        double lo = 0;
        double hi = 1;
        while (twoSidedTail(hi, df) > upperTail) {
            lo = hi;
            hi *= 2;
        }
        while (true) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                return mid;
            }
            if (twoSidedTail(mid, df) > upperTail) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    /**
     * The two-sided critical value of a confidence level: the quantile at (1 + level)/2.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @param df the degrees of freedom, positive
     * @return the critical value
     * @throws IllegalArgumentException if the level or df is out of range
     */
    public static double criticalValue(double level, double df) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + level + " is out of range; expected 0 < level < 1");
        }
        return quantile((1 + level) / 2, df);
    }

    private static void checkDf(double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom " + df + " are not positive");
        }
    }
}
