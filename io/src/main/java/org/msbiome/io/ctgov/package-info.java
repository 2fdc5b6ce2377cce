/**
 * Import of ClinicalTrials.gov API v2 study records into the msbiome vocabulary.
 *
 * <p>{@link org.msbiome.io.ctgov.CtgovImporter} reads a study record (the whole study, or only its
 * {@code protocolSection}) and returns a {@link org.msbiome.io.ctgov.CtgovImport}: the
 * {@link org.msbiome.core.design.TrialDesign}, the registration details the design does not hold (titles,
 * dates, conditions), every value inferred from free text with the text and the JSON Pointer it came
 * from, every value that could not be accepted with the reason, and every source field that was not
 * mapped. Nothing in the record is dropped silently. Field names and enum values follow the
 * ClinicalTrials.gov OpenAPI specification 2.0.5 (https://clinicaltrials.gov/data-api/api).
 *
 * @since 0.1.0
 */
@NullMarked
package org.msbiome.io.ctgov;

import org.jspecify.annotations.NullMarked;
