/**
 * Clinical-trial designs: {@link org.msbiome.core.design.TrialDesign} with its arms, interventions,
 * allocation, masking, enrollment and status.
 *
 * <p>Design terms are the enum values of the ClinicalTrials.gov API v2 (OpenAPI 2.0.5,
 * https://clinicaltrials.gov/data-api/api), spelled exactly as the API spells them; the allocation ratio
 * and the framework come from CONSORT 2010 item 3a and SPIRIT 2013 item 8; the description of an
 * intervention's schedule follows TIDieR item 8 ("when and how much"). Arms name the interventions they
 * give, as ClinicalTrials.gov links arm groups and interventions by name. Rules that span fields are
 * Bean Validation constraints, checked by {@code MsbiomeValidation.validator()}.
 */
@NullMarked
package org.msbiome.core.design;

import org.jspecify.annotations.NullMarked;
