package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * Whether an enrollment count is the actual or the anticipated number of participants: ClinicalTrials.gov API v2 `EnrollmentType` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `EnrollmentType`).
 *
 * @since 0.1.0
 */
public enum EnrollmentType {
    /** The number of participants actually enrolled. */
    ACTUAL,
    /** The target number of participants. */
    ESTIMATED;

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
    public static EnrollmentType fromCode(String code) {
        return Codes.fromCode(EnrollmentType.values(), EnrollmentType::code, "enrollment type", code);
    }
}
