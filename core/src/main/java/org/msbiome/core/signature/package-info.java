/**
 * Differential-abundance signatures, as BugSigDB curates them: an {@link org.msbiome.core.signature.Experiment}
 * (one contrast of group 1 against reference group 0 in one study) and its
 * {@link org.msbiome.core.signature.Signature}s (the taxa found increased or decreased in group 1), and
 * {@link org.msbiome.core.signature.Signatures#consensus(java.util.Collection, org.msbiome.core.taxonomy.TaxonRank)}:
 * how many studies report a taxon up or down.
 *
 * @since 0.1.0
 */
@NullMarked
package org.msbiome.core.signature;

import org.jspecify.annotations.NullMarked;
