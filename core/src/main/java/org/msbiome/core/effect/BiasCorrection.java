package org.msbiome.core.effect;

import org.msbiome.core.internal.Codes;

/**
 * The small-sample bias correction applied to an effect size.
 *
 * @since 0.1.0
 */
public enum BiasCorrection {
    /** None. */
    NONE("none"),
    /**
     * Hedges' exact correction of a standardized mean difference (Hedges 1981, J Educ Stat 6(2):107–128,
     * equation 6e; metafor {@code cmicalc(mi, method="exact")}): g = J(m)·d with
     * J(m) = Γ(m/2) / (√(m/2) · Γ((m − 1)/2)), m = n₁ + n₂ − 2.
     */
    HEDGES_EXACT("hedges-exact");

    private final String code;

    BiasCorrection(String code) {
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
    public static BiasCorrection fromCode(String code) {
        return Codes.fromCode(BiasCorrection.values(), BiasCorrection::code, "bias correction", code);
    }
}
