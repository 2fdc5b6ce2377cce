package org.msbiome.examples.summary;

import java.util.Map;
import java.util.Optional;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.core.outcome.StandardMeasure;

/**
 * Which way an outcome improves, where a cited source says so: what a forest plot needs to write "favours ..."
 * under its axis. The core vocabulary records no direction for an outcome, so this table holds only what the
 * team's reference sheets give; for every other outcome the direction is unknown and the plot says only which
 * arm is lower and which is higher.
 */
public enum OutcomeDirection {
    /** A lower value is better: the effect (intervention − comparator) favours the intervention when negative. */
    LOWER_IS_BETTER,
    /** A higher value is better. */
    HIGHER_IS_BETTER;

    /**
     * The outcomes whose direction a source gives. EDSS: steps from 0 (normal neurological examination) to 10
     * (death due to MS), Kurtzke 1983, Neurology 33:1444–1452, so lower is better.
     */
    private static final Map<OutcomeMeasure, OutcomeDirection> KNOWN = Map.of(StandardMeasure.EDSS, LOWER_IS_BETTER);

    /**
     * The direction of an outcome, when a source gives it.
     *
     * @param outcome the outcome
     * @return its direction, or empty when no source bundled here gives one
     */
    public static Optional<OutcomeDirection> of(OutcomeMeasure outcome) {
        return Optional.ofNullable(KNOWN.get(outcome));
    }
}
