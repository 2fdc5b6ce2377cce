/**
 * Preclinical (animal) studies of MS models: {@link org.msbiome.core.preclinical.PreclinicalStudy} with
 * its animals, disease model (EAE, cuprizone, TMEV), groups, treatment timing, clinical score scale and
 * SYRCLE risk-of-bias judgements.
 *
 * <p>There is no standard EAE clinical score (https://wjgnet.com/2218-6212/full/v3/i3/56.htm), so a
 * {@link org.msbiome.core.preclinical.ClinicalScore} always carries its
 * {@link org.msbiome.core.preclinical.ScoreScale}. Model categories follow Denic et al.
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC3858209): autoimmune (EAE), virus-induced (TMEV) and
 * toxin-induced (cuprizone).
 */
@NullMarked
package org.msbiome.core.preclinical;

import org.jspecify.annotations.NullMarked;
