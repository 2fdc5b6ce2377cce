package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * How participants are allocated to arms: ClinicalTrials.gov API v2 `DesignAllocation` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `DesignAllocation`).
 *
 * @since 0.1.0
 */
public enum Allocation {
    /** Participants are assigned to arms by chance. */
    RANDOMIZED,
    /** Participants are assigned to arms by other means than chance. */
    NON_RANDOMIZED,
    /** Not applicable (for example a single-group trial). */
    NA;

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
    public static Allocation fromCode(String code) {
        return Codes.fromCode(Allocation.values(), Allocation::code, "allocation", code);
    }
}
