package org.msbiome.core.evidence.synthesis;

/**
 * The standard normal distribution function and its quantile, to double precision for the quantiles
 * used by confidence intervals.
 *
 * <p>Φ(x) is computed with Marsaglia's series (G. Marsaglia 2004, "Evaluating the Normal Distribution",
 * J Stat Softw 11(4)): {@code Φ(x) = 1/2 + φ(x) · (x + x³/3 + x⁵/(3·5) + x⁷/(3·5·7) + …)}, whose terms are
 * all positive for x ≥ 0, so no digits cancel; the quantile is found by bisection on Φ.
 */
final class NormalDistribution {
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double UPPER_SEARCH_BOUND = 10;

    private NormalDistribution() {}

    /** Φ(x), the standard normal distribution function. */
    static double cdf(double x) {
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
     */
    static double quantile(double p) {
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
}
