/**
 * Evidence: citations with their publication identifiers ({@link org.msbiome.core.evidence.Doi},
 * {@link org.msbiome.core.evidence.Pmid}, {@link org.msbiome.core.evidence.Pmcid}) and their integrity
 * notices over time (expression of concern, correction, retraction), and the levels of evidence used
 * to judge a body of evidence: GRADE certainty ({@link org.msbiome.core.evidence.GradeAssessment}) and
 * the OCEBM 2011 levels ({@link org.msbiome.core.evidence.OcebmLevel}).
 *
 * <p>Pooling the effects of several studies (fixed and random effects meta-analysis) is in
 * {@link org.msbiome.core.evidence.synthesis}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.msbiome.core.evidence;

import org.jspecify.annotations.NullMarked;
