package org.msbiome.core.effect;

import org.msbiome.core.internal.Codes;

/**
 * An effect-size measure. Codes are the {@code measure} names of R metafor's {@code escalc}
 * (https://github.com/wviechtb/metafor, {@code R/escalc.r}); as there, ratio measures are natural logs,
 * so 0 means no effect for every measure.
 *
 * @since 0.1.0
 */
public enum EffectMeasure {
    /** Raw mean difference, treatment mean − control mean ({@code escalc} "MD"). */
    MEAN_DIFFERENCE("MD"),
    /** Standardized mean difference with pooled SD ({@code escalc} "SMD"). */
    STANDARDIZED_MEAN_DIFFERENCE("SMD"),
    /**
     * Standardized mean difference with heteroscedastic SDs: the difference over √((s₁² + s₂²)/2) (Bonett
     * 2009, Psychol Methods 14(3):225–238; {@code escalc} "SMDH").
     */
    STANDARDIZED_MEAN_DIFFERENCE_HETEROSCEDASTIC("SMDH"),
    /** Log ratio of means, ln(treatment mean / control mean) ({@code escalc} "ROM"). */
    LOG_RATIO_OF_MEANS("ROM"),
    /** Log risk ratio ({@code escalc} "RR"). */
    LOG_RISK_RATIO("RR"),
    /** Log odds ratio ({@code escalc} "OR"). */
    LOG_ODDS_RATIO("OR"),
    /** Risk difference, treatment risk − control risk ({@code escalc} "RD"). */
    RISK_DIFFERENCE("RD");

    private final String code;

    EffectMeasure(String code) {
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
    public static EffectMeasure fromCode(String code) {
        return Codes.fromCode(EffectMeasure.values(), EffectMeasure::code, "effect measure", code);
    }
}
