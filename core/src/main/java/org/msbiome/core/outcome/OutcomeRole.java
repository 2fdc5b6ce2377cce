package org.msbiome.core.outcome;

import org.msbiome.core.internal.Codes;

/**
 * Whether an outcome is primary, secondary or another pre-specified outcome: the three lists of
 * ClinicalTrials.gov API v2 {@code outcomesModule} ({@code primaryOutcomes}, {@code secondaryOutcomes},
 * {@code otherOutcomes}), with the names of its results enum {@code OutcomeMeasureType}
 * (OpenAPI 2.0.5, https://clinicaltrials.gov/data-api/api).
 *
 * @since 0.1.0
 */
public enum OutcomeRole {
    /** A primary outcome. */
    PRIMARY,
    /** A secondary outcome. */
    SECONDARY,
    /** Another pre-specified outcome. */
    OTHER_PRE_SPECIFIED;

    /** The ClinicalTrials.gov API v2 enum value, identical to the constant's name. */
    public String code() {
        return name();
    }

    /**
     * The role with this ClinicalTrials.gov API v2 value (exact, upper case).
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no role has this code; the message lists the valid codes
     */
    public static OutcomeRole fromCode(String code) {
        return Codes.fromCode(OutcomeRole.values(), OutcomeRole::code, "outcome role", code);
    }
}
