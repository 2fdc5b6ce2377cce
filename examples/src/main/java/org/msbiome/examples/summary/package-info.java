/**
 * The evidence for one outcome, summarised: a table of studies and effects, the pooled estimate and its
 * heterogeneity, and a forest plot ({@link org.msbiome.examples.summary.EvidenceSummary}).
 */
@NullMarked
package org.msbiome.examples.summary;

import org.jspecify.annotations.NullMarked;
