package org.msbiome.core.effect;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.NormalDistribution;

/**
 * Computes effect sizes the way R metafor's {@code escalc} does (metafor 3.8-1,
 * https://github.com/wviechtb/metafor, {@code R/escalc.r}, default {@code vtype="LS"}, {@code add=1/2},
 * {@code to="only0"}), with 95% Wald confidence intervals y ± 1.959964·√v. The first group is the
 * intervention ("treatment", metafor's group 1), the second the comparator (group 2).
 *
 * <p>Each result carries a {@link Computation} naming the measure, the bias correction, the variance
 * formula, how each SD was obtained from the published spread and any continuity correction.
 *
 * @since 0.1.0
 */
public final class EffectSizes {
    /** Above this many degrees of freedom, {@link #hedgesCorrection(int)} uses the asymptotic series. */
    private static final int EXACT_PRODUCT_LIMIT = 2000;

    private static final double CONTINUITY_CORRECTION = 0.5;

    private EffectSizes() {}

    /**
     * The raw mean difference y = m₁ − m₂, with v = s₁²/n₁ + s₂²/n₂ ({@code escalc} measure "MD").
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a group lacks n, has n &lt; 1, has no derivable SD or an SD ≤ 0
     */
    public static ComputedEffect meanDifference(MeanSummary treatment, MeanSummary control) {
        return meanDifference(treatment, control, false);
    }

    /**
     * As {@link #meanDifference(MeanSummary, MeanSummary)}, but a group whose "±" value is of unstated
     * kind ({@link Spread.Unspecified}) has it taken as its SD: an assumption of the caller, not a fact of
     * the paper, recorded as {@link SdConversion#ASSUMED_SD_FROM_UNSTATED_PLUS_MINUS} in the
     * {@link Computation}. Groups with a stated spread are treated as by the method without the
     * assumption.
     *
     * @param treatment the intervention group
     * @param control the comparator group
     * @return the effect, its computation naming the assumption
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a group lacks n, has n &lt; 1, has no derivable SD or an SD ≤ 0
     */
    public static ComputedEffect meanDifferenceAssumingPlusMinusIsSd(MeanSummary treatment, MeanSummary control) {
        return meanDifference(treatment, control, true);
    }

    private static ComputedEffect meanDifference(MeanSummary treatment, MeanSummary control, boolean assumeSd) {
        Group t = Group.of(treatment, "treatment", assumeSd);
        Group c = Group.of(control, "control", assumeSd);
        double y = t.mean - c.mean;
        double v = t.sd * t.sd / t.n + c.sd * c.sd / c.n;
        return computed(y, v, EffectMeasure.MEAN_DIFFERENCE, BiasCorrection.NONE,
                VarianceFormula.MEAN_DIFFERENCE_UNEQUAL_VARIANCES, t, c);
    }

    /**
     * The standardized mean difference as Hedges' g with the exact bias correction
     * ({@code escalc} measure "SMD"): with pooled SD sₚ = √(((n₁ − 1)s₁² + (n₂ − 1)s₂²)/m),
     * m = n₁ + n₂ − 2, y = J(m)·(m₁ − m₂)/sₚ ({@link #hedgesCorrection(int)}), and the large-sample
     * variance v = 1/n₁ + 1/n₂ + y²/(2(n₁ + n₂)) (Hedges 1981; metafor {@code vtype="LS"}).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a group lacks n, has n &lt; 1, has no derivable SD or an SD ≤ 0,
     *     or if n₁ + n₂ &lt; 4
     * @throws ArithmeticException if n₁ + n₂ overflows an {@code int}
     */
    public static ComputedEffect standardizedMeanDifference(MeanSummary treatment, MeanSummary control) {
        return standardizedMeanDifference(treatment, control, false);
    }

    /**
     * As {@link #standardizedMeanDifference(MeanSummary, MeanSummary)}, but a group whose "±" value is of
     * unstated kind ({@link Spread.Unspecified}) has it taken as its SD: an assumption of the caller, not a
     * fact of the paper, recorded as {@link SdConversion#ASSUMED_SD_FROM_UNSTATED_PLUS_MINUS} in the
     * {@link Computation} so that anyone reading the effect can see it. Groups with a stated spread are
     * treated as by the method without the assumption.
     *
     * @param treatment the intervention group
     * @param control the comparator group
     * @return the effect, its computation naming the assumption
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a group lacks n, has n &lt; 1, has no derivable SD or an SD ≤ 0,
     *     or if n₁ + n₂ &lt; 4
     * @throws ArithmeticException if n₁ + n₂ overflows an {@code int}
     */
    public static ComputedEffect standardizedMeanDifferenceAssumingPlusMinusIsSd(
            MeanSummary treatment, MeanSummary control) {
        return standardizedMeanDifference(treatment, control, true);
    }

    private static ComputedEffect standardizedMeanDifference(
            MeanSummary treatment, MeanSummary control, boolean assumeSd) {
        Group t = Group.of(treatment, "treatment", assumeSd);
        Group c = Group.of(control, "control", assumeSd);
        int total = Math.addExact(t.n, c.n);
        int m = total - 2;
        if (m < 2) {
            throw new IllegalArgumentException("group sizes " + t.n + " and " + c.n + " are too small for a "
                    + "standardized mean difference; expected n1 + n2 >= 4");
        }
        double pooledSd = Math.sqrt(((t.n - 1) * t.sd * t.sd + (c.n - 1) * c.sd * c.sd) / m);
        double y = hedgesCorrection(m) * (t.mean - c.mean) / pooledSd;
        double v = 1.0 / t.n + 1.0 / c.n + y * y / (2.0 * total);
        return computed(y, v, EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE, BiasCorrection.HEDGES_EXACT,
                VarianceFormula.SMD_LARGE_SAMPLE, t, c);
    }

    /**
     * The standardized mean difference with heteroscedastic variances ({@code escalc} measure "SMDH",
     * metafor 3.8-1; Bonett 2009, Psychol Methods 14(3):225–238): with s = √((s₁² + s₂²)/2) and
     * m = n₁ + n₂ − 2, y = J(m)·(m₁ − m₂)/s ({@link #hedgesCorrection(int)}), and
     * v = J(m)²·[y²·(s₁⁴/(n₁ − 1) + s₂⁴/(n₂ − 1))/(2(s₁² + s₂²)²) + (s₁²/(n₁ − 1) + s₂²/(n₂ − 1))/s²]
     * (the corrected y in the variance, as metafor does). Unlike {@code SMD}, it does not assume equal
     * variances in the two groups.
     *
     * @param treatment the intervention group
     * @param control the comparator group
     * @return the effect
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a group lacks n, has n &lt; 2, has no derivable SD or an SD ≤ 0
     * @throws ArithmeticException if n₁ + n₂ overflows an {@code int}
     */
    public static ComputedEffect standardizedMeanDifferenceHeteroscedastic(MeanSummary treatment, MeanSummary control) {
        Group t = Group.of(treatment, "treatment", false);
        Group c = Group.of(control, "control", false);
        if (t.n < 2 || c.n < 2) {
            throw new IllegalArgumentException("group sizes " + t.n + " and " + c.n + " are too small for SMDH; "
                    + "expected at least 2 in each group");
        }
        int m = Math.addExact(t.n, c.n) - 2;
        double j = hedgesCorrection(m);
        double s1 = t.sd * t.sd;
        double s2 = c.sd * c.sd;
        double s = Math.sqrt((s1 + s2) / 2);
        double y = j * (t.mean - c.mean) / s;
        double v = j * j * (y * y * (s1 * s1 / (t.n - 1) + s2 * s2 / (c.n - 1)) / (2 * (s1 + s2) * (s1 + s2))
                + (s1 / (t.n - 1) + s2 / (c.n - 1)) / ((s1 + s2) / 2));
        return computed(y, v, EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE_HETEROSCEDASTIC, BiasCorrection.HEDGES_EXACT,
                VarianceFormula.SMDH_LARGE_SAMPLE, t, c);
    }

    /**
     * The log ratio of means y = ln(m₁/m₂), with v = s₁²/(n₁m₁²) + s₂²/(n₂m₂²) ({@code escalc} measure
     * "ROM"; Hedges, Gurevitch and Curtis 1999, Ecology 80(4):1150–1156).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a mean is not positive, or a group lacks n, has n &lt; 1, has no
     *     derivable SD or an SD ≤ 0
     */
    public static ComputedEffect logRatioOfMeans(MeanSummary treatment, MeanSummary control) {
        Group t = Group.of(treatment, "treatment", false);
        Group c = Group.of(control, "control", false);
        if (t.mean <= 0 || c.mean <= 0) {
            throw new IllegalArgumentException("means " + Checks.quote(t.mean) + " and " + Checks.quote(c.mean)
                    + " are not both positive; a log ratio of means needs positive means");
        }
        double y = Math.log(t.mean / c.mean);
        double v = t.sd * t.sd / (t.n * t.mean * t.mean) + c.sd * c.sd / (c.n * c.mean * c.mean);
        return computed(y, v, EffectMeasure.LOG_RATIO_OF_MEANS, BiasCorrection.NONE,
                VarianceFormula.LOG_RATIO_OF_MEANS_LARGE_SAMPLE, t, c);
    }

    /**
     * The log risk ratio y = ln((a/(a + b)) / (c/(c + d))), with v = 1/a − 1/(a + b) + 1/c − 1/(c + d)
     * ({@code escalc} measure "RR"). As {@code escalc} by default, when any cell is 0, ½ is added to all
     * four cells, and {@link Computation#continuityCorrection()} says so.
     *
     * @throws NullPointerException if {@code table} is null
     */
    public static ComputedEffect logRiskRatio(TwoByTwoTable table) {
        Cells t = Cells.of(table);
        double y = Math.log(t.a / (t.a + t.b)) - Math.log(t.c / (t.c + t.d));
        double v = 1 / t.a - 1 / (t.a + t.b) + 1 / t.c - 1 / (t.c + t.d);
        return counted(y, v, EffectMeasure.LOG_RISK_RATIO, VarianceFormula.LOG_RISK_RATIO_LARGE_SAMPLE, t.add);
    }

    /**
     * The log odds ratio y = ln((a·d)/(b·c)), with Woolf's v = 1/a + 1/b + 1/c + 1/d ({@code escalc}
     * measure "OR"). As {@code escalc} by default, when any cell is 0, ½ is added to all four cells.
     *
     * @throws NullPointerException if {@code table} is null
     */
    public static ComputedEffect logOddsRatio(TwoByTwoTable table) {
        Cells t = Cells.of(table);
        double y = Math.log(t.a / t.b) - Math.log(t.c / t.d);
        double v = 1 / t.a + 1 / t.b + 1 / t.c + 1 / t.d;
        return counted(y, v, EffectMeasure.LOG_ODDS_RATIO, VarianceFormula.LOG_ODDS_RATIO_WOOLF, t.add);
    }

    /**
     * The risk difference y = a/(a + b) − c/(c + d), with v = p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂
     * ({@code escalc} measure "RD", {@code vtype="LS"}). As {@code escalc} by default ({@code add=1/2},
     * {@code to="only0"}), when any cell is 0, ½ is added to all four cells before both the estimate and the
     * variance are computed, and {@link Computation#continuityCorrection()} says so.
     *
     * @throws NullPointerException if {@code table} is null
     */
    public static ComputedEffect riskDifference(TwoByTwoTable table) {
        Cells t = Cells.of(table);
        double n1 = t.a + t.b;
        double n2 = t.c + t.d;
        double p1 = t.a / n1;
        double p2 = t.c / n2;
        double y = p1 - p2;
        double v = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2;
        return counted(y, v, EffectMeasure.RISK_DIFFERENCE, VarianceFormula.RISK_DIFFERENCE_LARGE_SAMPLE, t.add);
    }

    /**
     * Hedges' exact small-sample correction factor J(m) = Γ(m/2) / (√(m/2) · Γ((m − 1)/2)) (Hedges 1981,
     * J Educ Stat 6(2):107–128, equation 6e; metafor {@code cmicalc(mi, method="exact")}).
     *
     * <p>For m ≤ 2000 the ratio of gamma functions is computed exactly from Γ(1)/Γ(½) = 1/√π and
     * Γ(3/2)/Γ(1) = √π/2 by the recurrence Γ(x + 1) = x·Γ(x); above, from the asymptotic series
     * Γ(x + ½)/Γ(x) = √x·(1 − 1/(8x) + 1/(128x²) + 5/(1024x³) − 21/(32768x⁴) + …), whose truncation error
     * there is below 10⁻¹⁶.
     *
     * @param m degrees of freedom, n₁ + n₂ − 2 for two groups
     * @throws IllegalArgumentException if {@code m < 2}
     */
    public static double hedgesCorrection(int m) {
        if (m < 2) {
            throw new IllegalArgumentException("degrees of freedom " + m + " are too few; expected m >= 2");
        }
        double ratio; // Γ(m/2) / Γ((m − 1)/2)
        if (m <= EXACT_PRODUCT_LIMIT) {
            int k = m % 2 == 0 ? 2 : 3;
            ratio = m % 2 == 0 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
            while (k < m) {
                ratio *= (double) k / (k - 1); // Γ((k+2)/2)/Γ((k+1)/2) = (k/2)/((k−1)/2) · Γ(k/2)/Γ((k−1)/2)
                k += 2;
            }
        } else {
            double x = (m - 1) / 2.0;
            double x2 = x * x;
            ratio = Math.sqrt(x) * (1 - 1 / (8 * x) + 1 / (128 * x2) + 5 / (1024 * x2 * x) - 21 / (32768 * x2 * x2));
        }
        return ratio / Math.sqrt(m / 2.0);
    }

    private static ComputedEffect computed(
            double y, double v, EffectMeasure measure, BiasCorrection bias, VarianceFormula formula, Group t,
            Group c) {
        return new ComputedEffect(y, v, wald(y, v), new Computation(measure, bias, formula,
                Optional.of(t.conversion), Optional.of(c.conversion), 0, Computation.IntervalMethod.WALD_NORMAL));
    }

    private static ComputedEffect counted(double y, double v, EffectMeasure measure, VarianceFormula formula,
            double add) {
        return new ComputedEffect(y, v, wald(y, v), new Computation(measure, BiasCorrection.NONE, formula,
                Optional.empty(), Optional.empty(), add, Computation.IntervalMethod.WALD_NORMAL));
    }

    private static ConfidenceInterval wald(double y, double v) {
        double half = NormalDistribution.Z_95 * Math.sqrt(v);
        return ConfidenceInterval.of95(y - half, y + half);
    }

    /** The four cells of a 2×2 table, with ½ added to each when any is 0 (escalc add=1/2, to="only0"). */
    private static final class Cells {
        final double a;
        final double b;
        final double c;
        final double d;
        final double add;

        private Cells(TwoByTwoTable table, double add) {
            this.a = table.treatmentEvents() + add;
            this.b = table.treatmentNonEvents() + add;
            this.c = table.controlEvents() + add;
            this.d = table.controlNonEvents() + add;
            this.add = add;
        }

        static Cells of(TwoByTwoTable table) {
            Objects.requireNonNull(table, "table");
            return new Cells(table, table.hasZeroCell() ? CONTINUITY_CORRECTION : 0);
        }
    }

    /** A group's numbers, checked for computation. */
    private static final class Group {
        final int n;
        final double mean;
        final double sd;
        final SdConversion conversion;

        private Group(int n, double mean, double sd, SdConversion conversion) {
            this.n = n;
            this.mean = mean;
            this.sd = sd;
            this.conversion = conversion;
        }

        static Group of(MeanSummary summary, String name, boolean assumeSd) {
            Objects.requireNonNull(summary, name);
            try {
                int n = summary.requireN("its spread");
                if (n < 1) {
                    throw new IllegalArgumentException(name + " group size " + n + " is less than 1");
                }
                if (assumeSd && summary.spread() instanceof Spread.Unspecified plusMinus) {
                    if (!(plusMinus.value() > 0)) {
                        throw new IllegalArgumentException(name + " standard deviation " + Checks.quote(plusMinus.value())
                                + " is not positive; an effect size needs SD > 0");
                    }
                    return new Group(n, summary.mean(), plusMinus.value(), SdConversion.ASSUMED_SD_FROM_UNSTATED_PLUS_MINUS);
                }
                double sd = summary.standardDeviation();
                if (!(sd > 0)) {
                    throw new IllegalArgumentException(name + " standard deviation " + Checks.quote(sd)
                            + " is not positive; an effect size needs SD > 0");
                }
                return new Group(n, summary.mean(), sd, summary.sdConversion());
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
    }
}
