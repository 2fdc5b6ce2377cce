package org.msbiome.core.design;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * An arm of a trial: ClinicalTrials.gov API v2 {@code armGroups[]} ({@code label}, {@code type},
 * {@code description}, {@code interventionNames[]}), with the number of participants assigned to it when
 * reported (CONSORT 2010 item 13a).
 *
 * <p>The arm names the {@linkplain Intervention#name() interventions} it gives; the trial checks that
 * each name is one of its interventions.
 *
 * @param label the label, unique within the trial
 * @param type the arm's role
 * @param description what the arm is, when described
 * @param interventionNames the names of the interventions the arm gives, in order; empty for a
 *     no-intervention arm, or for an arm (such as healthy controls) of which the source states no intervention
 * @param participants the number of participants assigned to the arm, when reported
 * @since 0.1.0
 */
public record Arm(
        String label,
        ArmType type,
        Optional<String> description,
        List<String> interventionNames,
        Optional<@PositiveOrZero Integer> participants) {

    /**
     * Strips the texts and copies the list.
     *
     * @throws NullPointerException if a component or an intervention name is null
     * @throws IllegalArgumentException if the label, the description or an intervention name is blank
     */
    public Arm {
        label = Checks.requireNonBlank(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        description = description.map(d -> Checks.requireNonBlank(d, "description"));
        interventionNames = Checks.copyOf(interventionNames, "interventionNames").stream()
                .map(n -> Checks.requireNonBlank(n, "interventionNames"))
                .toList();
        Objects.requireNonNull(participants, "participants");
    }

    /**
     * An arm with no description and no reported size.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the label or an intervention name is blank
     */
    public static Arm of(String label, ArmType type, String... interventionNames) {
        return new Arm(label, type, Optional.empty(), List.of(interventionNames), Optional.empty());
    }

    /** A copy with this number of assigned participants. */
    public Arm withParticipants(int participants) {
        return new Arm(label, type, description, interventionNames, Optional.of(participants));
    }

    /**
     * A copy with this description.
     *
     * @throws IllegalArgumentException if the description is blank
     */
    public Arm withDescription(String description) {
        return new Arm(label, type, Optional.of(description), interventionNames, participants);
    }
}
