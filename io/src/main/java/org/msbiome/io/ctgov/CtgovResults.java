package org.msbiome.io.ctgov;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.safety.SafetyReport;

/**
 * What the import took from a record's {@code resultsSection}: the harms, the outcome measurements with
 * the analyses and the effect sizes computed from them, and how each results group was matched to an arm.
 *
 * @param safety the harms ({@code adverseEventsModule}, with withdrawals due to adverse events from the
 *     {@code participantFlowModule}); empty when the record has no adverse-events module
 * @param outcomes the outcome measures of the {@code outcomeMeasuresModule}, in record order
 * @param groups every results group (event, outcome and flow groups) and the arm it was matched to
 * @since 0.1.0
 */
public record CtgovResults(Optional<SafetyReport> safety, List<OutcomeResult> outcomes, List<GroupMatch> groups) {
    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public CtgovResults {
        Objects.requireNonNull(safety, "safety");
        outcomes = List.copyOf(outcomes);
        groups = List.copyOf(groups);
    }
}
