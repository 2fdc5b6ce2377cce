package org.msbiome.core.safety;

import java.util.Objects;
import java.util.Optional;

/**
 * How harms were collected and reported: the items of CONSORT Harms 2022 (Junqueira et al., BMJ
 * 2023;381:e073725) that a trial record can hold. Each is empty when the source does not report it.
 *
 * @param collection how harms were collected and defined, as the source describes it (ClinicalTrials.gov
 *     adverse-event {@code description})
 * @param timeFrame the period over which harms were collected, as given
 * @param otherEventsThreshold the frequency threshold above which non-serious events are listed
 * @param allCauseMortalityComment the source's comment on all-cause mortality
 * @since 0.1.0
 */
public record HarmsReporting(
        Optional<String> collection,
        Optional<String> timeFrame,
        Optional<FrequencyThreshold> otherEventsThreshold,
        Optional<String> allCauseMortalityComment) {
    /**
     * Creates the reporting items.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a given text is blank
     */
    public HarmsReporting {
        collection = AdverseEvent.nonBlank(collection, "collection");
        timeFrame = AdverseEvent.nonBlank(timeFrame, "timeFrame");
        Objects.requireNonNull(otherEventsThreshold, "otherEventsThreshold");
        allCauseMortalityComment = AdverseEvent.nonBlank(allCauseMortalityComment, "allCauseMortalityComment");
    }

    /** Reporting items none of which is reported. */
    public static HarmsReporting notReported() {
        return new HarmsReporting(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
