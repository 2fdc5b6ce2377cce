package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * A trial phase: ClinicalTrials.gov API v2 `Phase` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `Phase`). A study lists its phases; a phase 1/2 trial has two.
 *
 * @since 0.1.0
 */
public enum Phase {
    /** Not applicable. */
    NA,
    /** Early phase 1. */
    EARLY_PHASE1,
    /** Phase 1. */
    PHASE1,
    /** Phase 2. */
    PHASE2,
    /** Phase 3. */
    PHASE3,
    /** Phase 4. */
    PHASE4;

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
    public static Phase fromCode(String code) {
        return Codes.fromCode(Phase.values(), Phase::code, "phase", code);
    }
}
