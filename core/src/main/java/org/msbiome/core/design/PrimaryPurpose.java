package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * The main objective of a trial: ClinicalTrials.gov API v2 `PrimaryPurpose` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `PrimaryPurpose`).
 *
 * @since 0.1.0
 */
public enum PrimaryPurpose {
    /** Treatment of a disease or condition. */
    TREATMENT,
    /** Prevention of a disease or condition. */
    PREVENTION,
    /** Diagnosis. */
    DIAGNOSTIC,
    /** Educational, counselling or training (the expansion is from a transcription of the ClinicalTrials.gov data dictionary). */
    ECT,
    /** Supportive care. */
    SUPPORTIVE_CARE,
    /** Screening. */
    SCREENING,
    /** Health services research. */
    HEALTH_SERVICES_RESEARCH,
    /** Basic science. */
    BASIC_SCIENCE,
    /** Device feasibility. */
    DEVICE_FEASIBILITY,
    /** Another purpose. */
    OTHER;

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
    public static PrimaryPurpose fromCode(String code) {
        return Codes.fromCode(PrimaryPurpose.values(), PrimaryPurpose::code, "primary purpose", code);
    }
}
