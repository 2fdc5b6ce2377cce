package org.msbiome.core.internal;

/**
 * The log gamma function and the regularized incomplete gamma and beta functions, on which the Student t
 * and chi-square distributions rest.
 *
 * <p>ln Γ(x) uses the Lanczos approximation with g = 7 and nine coefficients (relative error about 10⁻¹⁵);
 * P(a, x) and Q(a, x) use the series for x &lt; a + 1 and Legendre's continued fraction otherwise, and
 * I_x(a, b) uses the continued fraction of Abramowitz &amp; Stegun 26.5.8, both evaluated by the modified
 * Lentz method (Press et al., Numerical Recipes, 3rd ed., sections 6.2 and 6.4). Each function computes
 * the smaller tail directly, so that tail probabilities like 10⁻²⁶ keep their relative precision.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class SpecialFunctions {
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double LANCZOS_G = 7;
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double EPSILON = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;

    private SpecialFunctions() {}

    /**
     * ln Γ(x) for x &gt; 0.
     *
     * @param x the argument, positive
     * @return ln Γ(x)
     * @throws IllegalArgumentException if x is not positive
     */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("x " + x + " is not positive; ln Gamma needs x > 0");
        }
        if (x < 0.5) {
            // reflection: Γ(x)Γ(1 − x) = π / sin(πx)
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /**
     * The regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a).
     *
     * @param a the shape, positive
     * @param x the argument, not negative
     * @return P(a, x)
     * @throws IllegalArgumentException if a is not positive or x is negative
     */
    public static double regularizedGammaP(double a, double x) {
        checkGamma(a, x);
        if (x == 0) {
            return 0;
        }
        return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
    }

    /**
     * The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), computed directly for large
     * x so that small upper tails keep their relative precision.
     *
     * @param a the shape, positive
     * @param x the argument, not negative
     * @return Q(a, x)
     * @throws IllegalArgumentException if a is not positive or x is negative
     */
    public static double regularizedGammaQ(double a, double x) {
        checkGamma(a, x);
        if (x == 0) {
            return 1;
        }
        return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
    }

    /**
     * The regularized incomplete beta function I_x(a, b).
     *
     * @param x the argument, in [0, 1]
     * @param a the first shape, positive
     * @param b the second shape, positive
     * @return I_x(a, b)
     * @throws IllegalArgumentException if x is outside [0, 1] or a shape is not positive
     */
    public static double regularizedBeta(double x, double a, double b) {
        if (!(a > 0 && b > 0) || !(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("incomplete beta needs 0 <= x <= 1 and a, b > 0; got x " + x
                    + ", a " + a + ", b " + b);
        }
        if (x == 0 || x == 1) {
            return x;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static void checkGamma(double a, double x) {
        if (!(a > 0) || !(x >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("incomplete gamma needs a > 0 and x >= 0; got a " + a + ", x " + x);
        }
    }

    /** P(a, x) by its series, for x &lt; a + 1. */
    private static double gammaSeries(double a, double x) {
        double ap = a;
        double term = 1 / a;
        double sum = term;
        for (int n = 0; n < MAX_ITERATIONS; n++) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    /** Q(a, x) by Legendre's continued fraction (modified Lentz), for x ≥ a + 1. */
    private static double gammaContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** The continued fraction of I_x(a, b) (modified Lentz), for x &lt; (a + 1)/(a + b + 2). */
    private static double betaContinuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return h;
    }
}
