package org.msbiome.examples.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.msbiome.core.effect.ConfidenceInterval;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.outcome.OutcomeMeasure;

/**
 * A meta-analysis' pooled result on one outcome, as its paper publishes it: kept beside the catalog's own
 * pooling for comparison, never pooled again.
 *
 * @param label how the meta-analysis is referred to, like {@code Jiang 2021}
 * @param citation where it was published
 * @param outcome the outcome
 * @param measure the effect measure (a weighted mean difference is a {@link EffectMeasure#MEAN_DIFFERENCE})
 * @param estimate the pooled estimate
 * @param interval its 95% confidence interval
 * @param i2 I² in percent, when published
 * @param trials how many trials it pooled, when published for this outcome
 * @param note what else the paper says about this result, when anything
 */
public record PublishedPooledResult(
        String label,
        Citation citation,
        OutcomeMeasure outcome,
        EffectMeasure measure,
        double estimate,
        ConfidenceInterval interval,
        Optional<Double> i2,
        OptionalInt trials,
        Optional<String> note) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PublishedPooledResult {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(i2, "i2");
        Objects.requireNonNull(trials, "trials");
        Objects.requireNonNull(note, "note");
    }
}
