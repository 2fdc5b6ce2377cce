/**
 * Evidence: citations with their publication identifiers ({@link org.msbiome.core.evidence.Doi},
 * {@link org.msbiome.core.evidence.Pmid}, {@link org.msbiome.core.evidence.Pmcid}) and their integrity
 * notices over time (expression of concern, correction, retraction), and the levels of evidence used
 * to judge a body of evidence: GRADE certainty ({@link org.msbiome.core.evidence.GradeAssessment}) and
 * the OCEBM 2011 levels ({@link org.msbiome.core.evidence.OcebmLevel}).
 *
 * <p>A {@link org.msbiome.core.evidence.Study} ties citations to a clinical or preclinical design; a
 * {@link org.msbiome.core.evidence.Finding} is one result of a study: an intervention's effect on one
 * outcome in its people or animal model.
 *
 * <p>Pooling the effects of several studies (fixed and random effects meta-analysis) is in
 * {@link org.msbiome.core.evidence.synthesis}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.msbiome.core.evidence;

import org.jspecify.annotations.NullMarked;
