package org.msbiome.core.internal;

/**
 * The standard normal distribution function, its quantile, and the two-sided critical value of a
 * confidence level, shared by the effect sizes and the meta-analysis.
 *
 * <p>Φ(x) is computed with Marsaglia's series (G. Marsaglia 2004, "Evaluating the Normal Distribution",
 * J Stat Softw 11(4)): {@code Φ(x) = 1/2 + φ(x) · (x + x³/3 + x⁵/(3·5) + x⁷/(3·5·7) + …)}, whose terms are
 * all positive for x ≥ 0, so no digits cancel; the quantile is found by bisection on Φ. The critical values
 * of the usual levels 0.90, 0.95 and 0.99 are R's {@code qnorm(0.95)}, {@code qnorm(0.975)} and
 * {@code qnorm(0.995)} to the last bit.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class NormalDistribution {
    /** z for a 90% interval: R's {@code qnorm(0.95)}. */
    public static final double Z_90 = 1.6448536269514722;
    /** z for a 95% interval: R's {@code qnorm(0.975)}. */
    public static final double Z_95 = 1.959963984540054;
    /** z for a 99% interval: R's {@code qnorm(0.995)}. */
    public static final double Z_99 = 2.5758293035489004;

    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double UPPER_SEARCH_BOUND = 10;

    private NormalDistribution() {}

    /**
     * Φ(x), the standard normal distribution function.
     *
     * @param x the value
     * @return Φ(x)
     */
    public static double cdf(double x) {
        if (x < 0) {
            return 1 - cdf(-x);
        }
        if (x > UPPER_SEARCH_BOUND) {
            return 1;
        }
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 3; term > sum * 1e-17; n += 2) {
            term *= x2 / n;
            sum += term;
        }
        return 0.5 + sum * Math.exp(-x2 / 2) / SQRT_2PI;
    }

    /**
     * The p-quantile of the standard normal distribution, for 0.5 &lt;= p &lt; 1; bisection to the
     * resolution of double.
     *
     * @param p the probability
     * @return the quantile
     * @throws IllegalArgumentException if p is not in [0.5, 1)
     */
    public static double quantile(double p) {
        if (!(p >= 0.5 && p < 1)) {
            throw new IllegalArgumentException("p " + p + " is out of range; expected 0.5 <= p < 1");
        }
        double lo = 0;
        double hi = UPPER_SEARCH_BOUND;
        while (true) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                return mid;
            }
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    /**
     * The two-sided critical value z of a confidence level, such that a normally distributed estimate's
     * interval is estimate ± z·SE: the quantile at {@code (1 + level) / 2}, exact R values for 0.90, 0.95
     * and 0.99.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return z
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public static double criticalValue(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + level + " is out of range; expected 0 < level < 1");
        }
        if (level == 0.90) {
            return Z_90;
        }
        if (level == 0.95) {
            return Z_95;
        }
        if (level == 0.99) {
            return Z_99;
        }
        return quantile((1 + level) / 2);
    }
}
