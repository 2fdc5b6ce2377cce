package org.msbiome.core.evidence.synthesis;

import org.msbiome.core.internal.ChiSquared;

/**
 * The arithmetic of metafor's {@code rma.uni} for k studies and a design matrix X of p columns (p = 1 for
 * pooling, 2 for Egger's test and trim-and-fill's side): the τ² estimators, the weighted least-squares
 * fit, Q and the Q-profile. Package-private: the public results are built by {@link MetaAnalysis}.
 */
final class Rma {
    /** Iterative τ² estimators stop when τ² changes by at most this (metafor's {@code threshold}). */
    static final double THRESHOLD = 1e-5;
    /** Iterative τ² estimators give up after this many iterations (metafor's {@code maxiter}). */
    static final int MAX_ITERATIONS = 100;
    /** Root finding (Paule–Mandel, Q-profile) searches τ² up to this (metafor's {@code tau2.max}). */
    static final double TAU2_MAX = 100;
    /** Tolerance of R's {@code uniroot} as metafor calls it: {@code .Machine$double.eps^0.25}. */
    static final double UNIROOT_TOL = Math.pow(Math.ulp(1.0), 0.25);

    private Rma() {}

    /** τ² with how it was found. */
    record Tau2(double value, Convergence convergence) {}

    /** One weighted least-squares fit: coefficients, their covariance (X'WX)⁻¹ and the residual form. */
    record Wls(double[] beta, double[][] covariance, double rss) {}

    static double[][] intercept(int k) {
        double[][] x = new double[k][1];
        for (int i = 0; i < k; i++) {
            x[i][0] = 1;
        }
        return x;
    }

    static Tau2 tau2(PoolingMethod method, double[] y, double[] v, double[][] x) {
        int k = y.length;
        int p = x[0].length;
        return switch (method) {
            case FIXED_EFFECT -> new Tau2(0, Convergence.closedForm());
            case DERSIMONIAN_LAIRD -> {
                double[][] pm = pMatrix(reciprocal(v, 0), x);
                yield new Tau2(Math.max(0, (quad(pm, y) - (k - p)) / trace(pm)), Convergence.closedForm());
            }
            case HUNTER_SCHMIDT -> {
                double[] w = reciprocal(v, 0);
                double sumW = sum(w);
                yield new Tau2(Math.max(0, (quad(pMatrix(w, x), y) - k) / sumW), Convergence.closedForm());
            }
            case HEDGES -> new Tau2(hedges(y, v, x), Convergence.closedForm());
            case SIDIK_JONKMAN -> {
                double mean = sum(y) / k;
                double tau0 = 0;
                for (double yi : y) {
                    tau0 += (yi - mean) * (yi - mean) / k;
                }
                yield new Tau2(tau0 * quad(pMatrix(reciprocal(v, tau0), x), y) / (k - p), Convergence.closedForm());
            }
            case ML, REML, EMPIRICAL_BAYES -> fisherScoring(method, y, v, x);
            case PAULE_MANDEL -> pauleMandel(y, v, x);
        };
    }

    /** Hedges' (HE) estimator: (y'(I − X(X'X)⁻¹X')y − tr(PV))/(k − p), truncated at 0. */
    static double hedges(double[] y, double[] v, double[][] x) {
        int k = y.length;
        int p = x[0].length;
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1);
        double[][] pm = pMatrix(ones, x);
        double trPV = 0;
        for (int i = 0; i < k; i++) {
            trPV += pm[i][i] * v[i];
        }
        return Math.max(0, (quad(pm, y) - trPV) / (k - p));
    }

    private static Tau2 fisherScoring(PoolingMethod method, double[] y, double[] v, double[][] x) {
        int k = y.length;
        int p = x[0].length;
        double tau2 = hedges(y, v, x);
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] w = reciprocal(v, tau2);
            double[][] pm = pMatrix(w, x);
            double adj = switch (method) {
                case ML -> (quadPP(pm, y) - sum(w)) / sumSquares(w);
                case REML -> (quadPP(pm, y) - trace(pm)) / traceSquare(pm);
                default -> (quad(pm, y) * k / (k - p) - k) / sum(w);
            };
            while (tau2 + adj < 0) {
                adj /= 2;
            }
            double previous = tau2;
            tau2 += adj;
            if (Math.abs(tau2 - previous) <= THRESHOLD) {
                return new Tau2(tau2, Convergence.fisherScoring(iteration, true));
            }
        }
        return new Tau2(tau2, Convergence.fisherScoring(MAX_ITERATIONS, false));
    }

    private static Tau2 pauleMandel(double[] y, double[] v, double[][] x) {
        int k = y.length;
        int p = x[0].length;
        double target = k - p;
        double atZero = generalizedQ(y, v, x, 0) - target;
        if (atZero < 0) {
            return new Tau2(0, Convergence.root(0, true));
        }
        double atMax = generalizedQ(y, v, x, TAU2_MAX) - target;
        if (atMax > 0) {
            return new Tau2(TAU2_MAX, Convergence.root(0, false));
        }
        Root root = zeroin(0, TAU2_MAX, atZero, atMax, t -> generalizedQ(y, v, x, t) - target, UNIROOT_TOL,
                MAX_ITERATIONS);
        return new Tau2(root.x, Convergence.root(root.iterations, root.converged));
    }

    /** Q(τ²) = y'P(τ²)y, the generalized Q statistic; Q(0) is Cochran's Q. */
    static double generalizedQ(double[] y, double[] v, double[][] x, double tau2) {
        return quad(pMatrix(reciprocal(v, tau2), x), y);
    }

    static Wls wls(double[] y, double[] w, double[][] x) {
        int k = y.length;
        int p = x[0].length;
        double[][] xtwx = new double[p][p];
        double[] xtwy = new double[p];
        for (int i = 0; i < k; i++) {
            for (int a = 0; a < p; a++) {
                xtwy[a] += x[i][a] * w[i] * y[i];
                for (int b = 0; b < p; b++) {
                    xtwx[a][b] += x[i][a] * w[i] * x[i][b];
                }
            }
        }
        double[][] inv = invert(xtwx);
        double[] beta = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                beta[a] += inv[a][b] * xtwy[b];
            }
        }
        double rss = 0;
        for (int i = 0; i < k; i++) {
            double fitted = 0;
            for (int a = 0; a < p; a++) {
                fitted += x[i][a] * beta[a];
            }
            rss += w[i] * (y[i] - fitted) * (y[i] - fitted);
        }
        return new Wls(beta, inv, rss);
    }

    /** P = W − WX(X'WX)⁻¹X'W. */
    static double[][] pMatrix(double[] w, double[][] x) {
        int k = w.length;
        int p = x[0].length;
        double[][] xtwx = new double[p][p];
        for (int i = 0; i < k; i++) {
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    xtwx[a][b] += x[i][a] * w[i] * x[i][b];
                }
            }
        }
        double[][] inv = invert(xtwx);
        double[][] pm = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double h = 0;
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b < p; b++) {
                        h += x[i][a] * inv[a][b] * x[j][b];
                    }
                }
                pm[i][j] = (i == j ? w[i] : 0) - w[i] * h * w[j];
            }
        }
        return pm;
    }

    static double[][] invert(double[][] m) {
        int p = m.length;
        if (p == 1) {
            return new double[][] {{1 / m[0][0]}};
        }
        if (p == 2) {
            double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
            return new double[][] {{m[1][1] / det, -m[0][1] / det}, {-m[1][0] / det, m[0][0] / det}};
        }
        throw new IllegalArgumentException("only designs of 1 or 2 columns are supported");
    }

    static double quad(double[][] m, double[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                s += y[i] * m[i][j] * y[j];
            }
        }
        return s;
    }

    /** y'PPy = |Py|². */
    static double quadPP(double[][] m, double[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double r = 0;
            for (int j = 0; j < y.length; j++) {
                r += m[i][j] * y[j];
            }
            s += r * r;
        }
        return s;
    }

    static double trace(double[][] m) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            s += m[i][i];
        }
        return s;
    }

    /** tr(PP) for a symmetric P. */
    static double traceSquare(double[][] m) {
        double s = 0;
        for (double[] row : m) {
            for (double e : row) {
                s += e * e;
            }
        }
        return s;
    }

    static double[] reciprocal(double[] v, double tau2) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = 1 / (v[i] + tau2);
        }
        return w;
    }

    static double sum(double[] a) {
        double s = 0;
        for (double e : a) {
            s += e;
        }
        return s;
    }

    static double sumSquares(double[] a) {
        double s = 0;
        for (double e : a) {
            s += e * e;
        }
        return s;
    }

    /**
     * The Q-profile interval of τ² (Viechtbauer 2007, Stat Med 26(1):37–52; metafor {@code confint}): the
     * τ² at which the generalized Q equals the chi-square quantiles at (1 + level)/2 (lower bound) and
     * (1 − level)/2 (upper bound), each 0 when Q(0) is already below that quantile; empty when the upper
     * bound lies beyond {@link #TAU2_MAX}.
     */
    static double[] qProfile(double[] y, double[] v, double[][] x, double level) {
        int df = y.length - x[0].length;
        double critUpper = ChiSquared.quantile((1 + level) / 2, df);
        double critLower = ChiSquared.quantile((1 - level) / 2, df);
        double atZero = generalizedQ(y, v, x, 0);
        double atMax = generalizedQ(y, v, x, TAU2_MAX);
        if (atMax > critLower) {
            return null;
        }
        double lower = atZero < critUpper ? 0 : solveQ(y, v, x, critUpper, atZero, atMax);
        double upper = atZero < critLower ? 0 : solveQ(y, v, x, critLower, atZero, atMax);
        return new double[] {lower, upper};
    }

    private static double solveQ(double[] y, double[] v, double[][] x, double target, double atZero, double atMax) {
        return zeroin(0, TAU2_MAX, atZero - target, atMax - target, t -> generalizedQ(y, v, x, t) - target,
                UNIROOT_TOL, 1000).x;
    }

    record Root(double x, int iterations, boolean converged) {}

    /**
     * Brent's root finder as R's {@code uniroot} runs it ({@code R_zeroin2}, after Brent 1973, Algorithms
     * for Minimization without Derivatives, chapter 4), so that results equal metafor's to the last digits.
     */
    static Root zeroin(double ax, double bx, double fax, double fbx, java.util.function.DoubleUnaryOperator f,
            double tol, int maxIterations) {
        double a = ax;
        double b = bx;
        double fa = fax;
        double fb = fbx;
        double c = a;
        double fc = fa;
        if (fa == 0) {
            return new Root(a, 0, true);
        }
        if (fb == 0) {
            return new Root(b, 0, true);
        }
        double eps = Math.ulp(1.0);
        for (int iteration = 0; iteration <= maxIterations; iteration++) {
            double prevStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolAct = 2 * eps * Math.abs(b) + tol / 2;
            double newStep = (c - b) / 2;
            if (Math.abs(newStep) <= tolAct || fb == 0) {
                return new Root(b, iteration, true);
            }
            if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
                double p;
                double q;
                double cb = c - b;
                if (a == c) {
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1 - t1;
                } else {
                    double qq = fa / fc;
                    double t1 = fb / fc;
                    double t2 = fb / fa;
                    p = t2 * (cb * qq * (qq - t1) - (b - a) * (t1 - 1));
                    q = (qq - 1) * (t1 - 1) * (t2 - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
                    newStep = p / q;
                }
            }
            if (Math.abs(newStep) < tolAct) {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }
            a = b;
            fa = fb;
            b += newStep;
            fb = f.applyAsDouble(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
                c = a;
                fc = fa;
            }
        }
        return new Root(b, maxIterations, false);
    }
}
