package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * A role that is masked to the assigned intervention: ClinicalTrials.gov API v2 `WhoMasked` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `WhoMasked`).
 *
 * @since 0.1.0
 */
public enum WhoMasked {
    /** The participants. */
    PARTICIPANT,
    /** The care providers. */
    CARE_PROVIDER,
    /** The investigators. */
    INVESTIGATOR,
    /** The outcome assessors. */
    OUTCOMES_ASSESSOR;

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
    public static WhoMasked fromCode(String code) {
        return Codes.fromCode(WhoMasked.values(), WhoMasked::code, "masked role", code);
    }
}
