/**
 * What a study measures: {@link org.msbiome.core.outcome.Outcome} gives a measure from the catalog of
 * standard MS outcome measures ({@link org.msbiome.core.outcome.StandardMeasure}), a marker
 * ({@link org.msbiome.core.outcome.MarkerMeasure}) or a described custom
 * one ({@link org.msbiome.core.outcome.CustomMeasure}), its role (primary, secondary, other) and its time
 * frame, as ClinicalTrials.gov API v2 {@code outcomesModule} and CONSORT 2010 item 6a describe outcomes.
 */
@NullMarked
package org.msbiome.core.outcome;

import org.jspecify.annotations.NullMarked;
