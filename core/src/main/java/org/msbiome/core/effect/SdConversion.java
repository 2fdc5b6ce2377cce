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
     * interval's level (1.959964 for 95%); the Handbook's large-sample formula (6.5.2.2), which for
     * small groups the Handbook would replace z by a t value with n − 1 degrees of freedom.
     */
    FROM_CONFIDENCE_INTERVAL_NORMAL("from-confidence-interval-normal");

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
        return Codes.fromCode(SdConversion.class, code, SdConversion::code, "SD conversion");
    }
}
