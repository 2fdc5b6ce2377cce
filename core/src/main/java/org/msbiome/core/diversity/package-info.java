/**
 * Alpha and beta diversity of microbial communities, equal to R vegan 2.6-4 and scikit-bio:
 * {@link org.msbiome.core.diversity.AlphaDiversity} (observed features, Shannon with an explicit
 * {@link org.msbiome.core.diversity.LogBase}, Simpson, dominance, inverse Simpson, Pielou, Chao1, ACE, Faith's
 * phylogenetic diversity), {@link org.msbiome.core.diversity.BetaDiversity} (Bray–Curtis, Jaccard presence/absence
 * and quantitative, unweighted and weighted UniFrac) and {@link org.msbiome.core.diversity.PhylogeneticTree},
 * read from Newick text.
 *
 * <p>Every result records its variant ({@link org.msbiome.core.diversity.AlphaResult},
 * {@link org.msbiome.core.diversity.DistanceMatrix}), like an effect size records its estimator. Empty and
 * single-feature samples give the documented values listed on each measure, never an exception.
 */
@NullMarked
package org.msbiome.core.diversity;

import org.jspecify.annotations.NullMarked;
