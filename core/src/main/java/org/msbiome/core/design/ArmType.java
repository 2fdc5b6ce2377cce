package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * The role of an arm in a trial (or of a group in an animal study): ClinicalTrials.gov API v2 `ArmGroupType` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `ArmGroupType`).
 *
 * @since 0.1.0
 */
public enum ArmType {
    /** Receives the intervention under study. */
    EXPERIMENTAL,
    /** Receives an active comparator. */
    ACTIVE_COMPARATOR,
    /** Receives a placebo. */
    PLACEBO_COMPARATOR,
    /** Receives a sham procedure. */
    SHAM_COMPARATOR,
    /** Receives no intervention. */
    NO_INTERVENTION,
    /** Another kind of arm (for example healthy controls). */
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
    public static ArmType fromCode(String code) {
        return Codes.fromCode(ArmType.values(), ArmType::code, "arm type", code);
    }
}
