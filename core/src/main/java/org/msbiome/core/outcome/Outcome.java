package org.msbiome.core.outcome;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * An outcome of a study: ClinicalTrials.gov API v2 {@code Outcome} ({@code measure}, {@code description},
 * {@code timeFrame}) and CONSORT 2010 item 6a ("how and when they were assessed").
 *
 * <p>The role is empty when the source reports the outcome without saying whether it was primary or
 * secondary; the time frame is empty when the source does not state it.
 *
 * @param role primary, secondary or other, when stated
 * @param measure what is measured
 * @param timeFrame when it is assessed, as the source states it (like "baseline and week 12")
 * @since 0.1.0
 */
public record Outcome(Optional<OutcomeRole> role, OutcomeMeasure measure, Optional<String> timeFrame) {

    /**
     * Strips the time frame.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the time frame is blank
     */
    public Outcome {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(timeFrame, "timeFrame");
        timeFrame = timeFrame.map(t -> Checks.requireNonBlank(t, "timeFrame"));
    }

    /**
     * An outcome whose role and time frame are not reported.
     *
     * @throws NullPointerException if {@code measure} is null
     */
    public static Outcome of(OutcomeMeasure measure) {
        return new Outcome(Optional.empty(), measure, Optional.empty());
    }

    /**
     * A primary outcome.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the time frame is blank
     */
    public static Outcome primary(OutcomeMeasure measure, String timeFrame) {
        return new Outcome(Optional.of(OutcomeRole.PRIMARY), measure, Optional.of(timeFrame));
    }

    /**
     * A secondary outcome.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the time frame is blank
     */
    public static Outcome secondary(OutcomeMeasure measure, String timeFrame) {
        return new Outcome(Optional.of(OutcomeRole.SECONDARY), measure, Optional.of(timeFrame));
    }

    /** A copy with this time frame. */
    public Outcome withTimeFrame(String timeFrame) {
        return new Outcome(role, measure, Optional.of(timeFrame));
    }
}
