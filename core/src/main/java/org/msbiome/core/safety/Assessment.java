package org.msbiome.core.safety;

import org.msbiome.core.internal.Codes;

/**
 * How an adverse event was ascertained. Codes are the ClinicalTrials.gov API v2 {@code EventAssessment}
 * enum names (OpenAPI specification 2.0.5).
 *
 * @since 0.1.0
 */
public enum Assessment {
    /** Collected systematically, by a standard method at set times (questionnaire, examination, test). */
    SYSTEMATIC_ASSESSMENT("SYSTEMATIC_ASSESSMENT"),
    /** Collected non-systematically, as participants or clinicians reported it. */
    NON_SYSTEMATIC_ASSESSMENT("NON_SYSTEMATIC_ASSESSMENT");

    private final String code;

    Assessment(String code) {
        this.code = code;
    }

    /** The code of this value, as written in documents. */
    public String code() {
        return code;
    }

    /**
     * The value with this code.
     *
     * @param code a code
     * @return the value
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static Assessment fromCode(String code) {
        return Codes.fromCode(values(), Assessment::code, "assessment", code);
    }
}
