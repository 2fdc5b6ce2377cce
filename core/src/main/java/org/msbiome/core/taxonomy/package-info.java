/**
 * Names of organisms: {@link org.msbiome.core.taxonomy.TaxonName} (a binomial, optionally with a
 * subspecies), {@link org.msbiome.core.taxonomy.Taxon} (the organism, always under its current name, with
 * its NCBI Taxonomy ID when known), and {@link org.msbiome.core.taxonomy.Taxonomy}, which resolves former
 * names (the 2020 split of <i>Lactobacillus</i>, Zheng et al. 2020, doi:10.1099/ijsem.0.004107) and
 * abbreviations such as "L. rhamnosus".
 *
 * <p>The vocabulary is open: a well-formed name that msbiome does not know is still a valid taxon, only
 * without an ID and without former names. {@link org.msbiome.core.taxonomy.Taxa} holds the well-known taxa.
 */
@NullMarked
package org.msbiome.core.taxonomy;

import org.jspecify.annotations.NullMarked;
