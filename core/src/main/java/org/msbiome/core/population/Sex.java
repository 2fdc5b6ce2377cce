package org.msbiome.core.population;

import org.msbiome.core.internal.Codes;

/**
 * The sex of the participants (or animals) a study includes: ClinicalTrials.gov API v2 {@code Sex}
 * (OpenAPI 2.0.5 schema {@code Sex}, https://clinicaltrials.gov/data-api/api).
 *
 * @since 0.1.0
 */
public enum Sex {
    /** Female only. */
    FEMALE,
    /** Male only. */
    MALE,
    /** Both sexes. */
    ALL;

    /** The ClinicalTrials.gov API v2 enum value, identical to the constant's name. */
    public String code() {
        return name();
    }

    /**
     * The constant with this ClinicalTrials.gov API v2 value (exact, upper case).
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has this code; the message lists the valid codes
     */
    public static Sex fromCode(String code) {
        return Codes.fromCode(Sex.values(), Sex::code, "sex", code);
    }
}
