package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * The type of a study: ClinicalTrials.gov API v2 `StudyType` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `StudyType`, https://clinicaltrials.gov/data-api/api). Patient registries are observational studies flagged separately; there is no `PATIENT_REGISTRY` value.
 *
 * @since 0.1.0
 */
public enum StudyType {
    /** Expanded access to an investigational product outside a trial. */
    EXPANDED_ACCESS,
    /** Participants are assigned to interventions by the protocol. */
    INTERVENTIONAL,
    /** Participants are observed; the investigators assign no intervention. */
    OBSERVATIONAL;

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
    public static StudyType fromCode(String code) {
        return Codes.fromCode(StudyType.values(), StudyType::code, "study type", code);
    }
}
