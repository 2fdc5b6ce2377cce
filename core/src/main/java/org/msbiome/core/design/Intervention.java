package org.msbiome.core.design;

/**
 * Something an arm gives its participants: a {@link ProbioticIntervention}, a {@link Placebo}, a
 * {@link DiseaseModifyingTherapy} or an {@link OtherIntervention}. Each has a name, unique within its trial, by which arms refer to it (as
 * ClinicalTrials.gov API v2 links {@code armGroups[].interventionNames} to {@code interventions[].name}),
 * and a {@link Regimen}.
 *
 * @since 0.1.0
 */
public sealed interface Intervention
        permits ProbioticIntervention, Placebo, DiseaseModifyingTherapy, OtherIntervention {

    /** The name, unique within the trial, like {@code "starch placebo"}. */
    String name();

    /** When and how much is given. */
    Regimen regimen();
}
