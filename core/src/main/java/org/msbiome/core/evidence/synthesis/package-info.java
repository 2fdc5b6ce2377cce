/**
 * Evidence synthesis: pooling the effects of several studies on one outcome by inverse-variance
 * meta-analysis, with a fixed-effect model or a random-effects model whose between-study variance τ² is
 * estimated by any of metafor's estimators (DL, REML, HS, HE, SJ, ML, EB, PM), tested by z or Knapp–Hartung,
 * with Q-profile intervals for the heterogeneity, leave-one-out, Egger's test and trim-and-fill, as the R
 * package metafor computes them ({@code rma(yi, vi, method = ...)}, https://wviechtb.github.io/metafor/reference/rma.uni.html).
 * Entry point: {@link org.msbiome.core.evidence.synthesis.MetaAnalysis}; findings pool directly with
 * {@link org.msbiome.core.evidence.synthesis.MetaAnalysis#poolFindings(java.util.List, PoolingMethod)}.
 *
 * <p>Retracted studies are left out unless the caller includes them on purpose, and the summary says
 * which were left out and why. Effects on different measures are never pooled together.
 *
 * @since 0.1.0
 */
@NullMarked
package org.msbiome.core.evidence.synthesis;

import org.jspecify.annotations.NullMarked;
