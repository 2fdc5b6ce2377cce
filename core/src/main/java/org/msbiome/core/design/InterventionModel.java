package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * The strategy for assigning interventions to participants: ClinicalTrials.gov API v2 `InterventionalAssignment` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `InterventionalAssignment`).
 *
 * @since 0.1.0
 */
public enum InterventionModel {
    /** One arm: every participant gets the same intervention. */
    SINGLE_GROUP,
    /** Each participant gets one arm's interventions for the whole trial. */
    PARALLEL,
    /** Each participant gets more than one arm's interventions, in sequence. */
    CROSSOVER,
    /** Two or more interventions, each alone and in combination. */
    FACTORIAL,
    /** Groups of participants are assigned one after another. */
    SEQUENTIAL;

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
    public static InterventionModel fromCode(String code) {
        return Codes.fromCode(InterventionModel.values(), InterventionModel::code, "intervention model", code);
    }
}
