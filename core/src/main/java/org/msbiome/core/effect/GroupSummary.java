package org.msbiome.core.effect;

import java.util.Optional;

/**
 * What a paper published for one group: a {@link MeanSummary} (mean and its spread) or a
 * {@link MedianSummary} (median and quartiles, kept as published and never converted to a mean).
 *
 * @since 0.1.0
 */
public sealed interface GroupSummary permits MeanSummary, MedianSummary {
    /** The number of participants the summary is based on, when the paper gives it. */
    Optional<Integer> n();
}
