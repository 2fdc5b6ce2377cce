package org.msbiome.core.effect;

import java.util.Optional;

/**
 * An effect size: one {@link EffectSizes} computed ({@link ComputedEffect}) or one a paper reported
 * ({@link ReportedEffect}). Ratio measures are natural logs, so 0 is no effect.
 *
 * @since 0.1.0
 */
public sealed interface EffectSize permits ComputedEffect, ReportedEffect {
    /** The measure. */
    EffectMeasure measure();

    /** The point estimate. */
    double estimate();

    /** The confidence interval, when there is one. */
    Optional<ConfidenceInterval> interval();
}
