package org.msbiome.core.effect;

import org.msbiome.core.internal.Codes;

/**
 * How a standard deviation was obtained from what a paper published. The formulas are those of the
 * Cochrane Handbook for Systematic Reviews of Interventions, section 6.5.2.2 "Obtaining standard
 * deviations from standard errors and confidence intervals for group means"
 * (https://training.cochrane.org/handbook/current/chapter-06).
 *
 * @since 0.1.0
 */
public enum SdConversion {
    /** The SD was published as such. */
    AS_PUBLISHED("as-published"),
    /** SD = SE × √n (Cochrane Handbook 6.5.2.2). */
    FROM_STANDARD_ERROR("from-standard-error"),
    /**
     * SD = √n × (upper − lower) / (2 z), with z the two-sided standard normal critical value of the
     * interval's level (2z = 3.92 for 95%, 3.29 for 90%, 5.15 for 99%): the Handbook's formula for large
     * groups (6.5.2.2). For small groups (the Handbook says below about 60) an interval computed from a t
     * distribution with n − 1 degrees of freedom is wider, so this conversion overstates the SD a little;
     * the code names the normal approximation so that a reader can tell.
     */
    FROM_CONFIDENCE_INTERVAL_NORMAL("from-confidence-interval-normal"),
    /**
     * The paper published a "±" value without saying whether it is an SD or an SE
     * ({@link Spread.Unspecified}), and whoever computed the effect <em>assumed</em> it is an SD
     * ({@link EffectSizes#standardizedMeanDifferenceAssumingPlusMinusIsSd}). Not a fact of the source: an
     * effect computed this way is only as good as the assumption. (Were the ± an SE, the SD would be
     * SE·√n, larger, and a standardized mean difference smaller.)
     */
    ASSUMED_SD_FROM_UNSTATED_PLUS_MINUS("assumed-sd-from-unstated-plus-minus");

    private final String code;

    SdConversion(String code) {
        this.code = code;
    }

    /** The lower-case kebab code, for example {@code from-standard-error}. */
    public String code() {
        return code;
    }

    /**
     * The conversion with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static SdConversion fromCode(String code) {
        return Codes.fromCode(SdConversion.values(), SdConversion::code, "SD conversion", code);
    }
}
