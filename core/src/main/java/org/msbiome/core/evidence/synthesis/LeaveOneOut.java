package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * One row of a leave-one-out analysis (metafor {@code leave1out}): the pooling repeated without one study.
 *
 * @param <M> the type of the effect measure
 * @param omitted the label of the study left out
 * @param summary the pooling of the other studies, with the same method, test and level
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LeaveOneOut<M>(String omitted, PooledSummary<M> summary) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the label is blank or the omitted study is in the summary
     */
    public LeaveOneOut {
        omitted = Checks.requireNonBlank(omitted, "omitted");
        Objects.requireNonNull(summary, "summary");
        if (summary.included().contains(omitted)) {
            throw new IllegalArgumentException("study " + Checks.quote(omitted) + " is omitted but pooled");
        }
    }
}
