package org.msbiome.core.effect;

import org.msbiome.core.internal.Codes;

/**
 * The formula used for the sampling variance of an effect size. Each is the one R metafor's
 * {@code escalc} uses by default ({@code vtype="LS"}; https://github.com/wviechtb/metafor,
 * {@code R/escalc.r}). Notation: n₁, n₂ group sizes, m₁, m₂ means, s₁, s₂ SDs, y the effect size; for
 * 2×2 tables a, b events and non-events in the treatment group, c, d in the control group.
 *
 * @since 0.1.0
 */
public enum VarianceFormula {
    /** v = s₁²/n₁ + s₂²/n₂ (mean difference, variances not assumed equal). */
    MEAN_DIFFERENCE_UNEQUAL_VARIANCES("md-unequal-variances"),
    /** v = 1/n₁ + 1/n₂ + y²/(2(n₁ + n₂)) (standardized mean difference, large-sample approximation). */
    SMD_LARGE_SAMPLE("smd-large-sample"),
    /**
     * v = J²·[y²·(s₁⁴/(n₁ − 1) + s₂⁴/(n₂ − 1)) / (2(s₁² + s₂²)²) + (s₁²/(n₁ − 1) + s₂²/(n₂ − 1)) / ((s₁² + s₂²)/2)]
     * with y the corrected SMDH and J Hedges' correction (metafor 3.8-1 {@code escalc} "SMDH"; Bonett 2009).
     */
    SMDH_LARGE_SAMPLE("smdh-large-sample"),
    /** v = s₁²/(n₁m₁²) + s₂²/(n₂m₂²) (log ratio of means, delta method). */
    LOG_RATIO_OF_MEANS_LARGE_SAMPLE("rom-large-sample"),
    /** v = 1/a − 1/(a + b) + 1/c − 1/(c + d) (log risk ratio). */
    LOG_RISK_RATIO_LARGE_SAMPLE("rr-large-sample"),
    /** v = 1/a + 1/b + 1/c + 1/d (log odds ratio, Woolf). */
    LOG_ODDS_RATIO_WOOLF("or-woolf"),
    /**
     * v = p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂ with p₁ = a/(a + b), p₂ = c/(c + d), n₁ = a + b, n₂ = c + d (risk
     * difference, large-sample).
     */
    RISK_DIFFERENCE_LARGE_SAMPLE("rd-large-sample");

    private final String code;

    VarianceFormula(String code) {
        this.code = code;
    }

    /** The code of this value, as written in documents. */
    public String code() {
        return code;
    }

    /**
     * The value with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static VarianceFormula fromCode(String code) {
        return Codes.fromCode(VarianceFormula.values(), VarianceFormula::code, "variance formula", code);
    }
}
