package org.msbiome.core.internal;

/**
 * The chi-square distribution with ν degrees of freedom: F(x) = P(ν/2, x/2) and the upper tail
 * Q(ν/2, x/2) ({@link SpecialFunctions}), and the quantile by bisection on the tail that is smaller, to
 * the resolution of double.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ChiSquared {
    private ChiSquared() {}

    /**
     * P(X ≤ x).
     *
     * @param x the value
     * @param df the degrees of freedom, positive
     * @return the distribution function at x (0 for x ≤ 0)
     * @throws IllegalArgumentException if df is not positive
     */
    public static double cdf(double x, double df) {
        checkDf(df);
        return x <= 0 ? 0 : SpecialFunctions.regularizedGammaP(df / 2, x / 2);
    }

    /**
     * P(X &gt; x), computed directly (an upper tail of 10⁻²⁶ keeps its relative precision).
     *
     * @param x the value
     * @param df the degrees of freedom, positive
     * @return the upper tail probability (1 for x ≤ 0)
     * @throws IllegalArgumentException if df is not positive
     */
    public static double upperTail(double x, double df) {
        checkDf(df);
        return x <= 0 ? 1 : SpecialFunctions.regularizedGammaQ(df / 2, x / 2);
    }

    /**
     * The p-quantile, for 0 &lt; p &lt; 1.
     *
     * @param p the probability
     * @param df the degrees of freedom, positive
     * @return x with P(X ≤ x) = p
     * @throws IllegalArgumentException if p is not strictly between 0 and 1 or df is not positive
     */
    public static double quantile(double p, double df) {
        checkDf(df);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p " + p + " is out of range; expected 0 < p < 1");
        }
        boolean lower = p < 0.5;
        double target = lower ? p : 1 - p;
        double lo = 0;
        double hi = Math.max(1, df);
        while (upperTail(hi, df) > 1 - p) {
            lo = hi;
            hi *= 2;
        }
        while (true) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                return mid;
            }
            boolean below = lower ? cdf(mid, df) < target : upperTail(mid, df) > target;
            if (below) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    private static void checkDf(double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom " + df + " are not positive");
        }
    }
}
