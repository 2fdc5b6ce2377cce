package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.internal.Checks;

/**
 * A group of animals in a study: its label, role, number of animals, what it is given (with the route,
 * like gavage or drinking water, in each intervention's regimen) and when.
 *
 * @param label the label, unique within the study
 * @param type the group's role (experimental, vehicle or placebo control …), when stated
 * @param animals the number of animals, when reported
 * @param interventions what the group is given; empty for an untreated group
 * @param timing when treatment is given relative to induction, when reported
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record StudyGroup(
        String label,
        Optional<ArmType> type,
        Optional<@Positive Integer> animals,
        List<@Valid Intervention> interventions,
        Optional<@Valid TreatmentTiming> timing) {

    /**
     * Strips the label and copies the list.
     *
     * @throws NullPointerException if a component or an intervention is null
     * @throws IllegalArgumentException if the label is blank
     */
    public StudyGroup {
        label = Checks.requireNonBlank(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(animals, "animals");
        interventions = Checks.copyOf(interventions, "interventions");
        Objects.requireNonNull(timing, "timing");
    }

    /**
     * A group giving these interventions, with role, size and timing not reported.
     *
     * @throws IllegalArgumentException if the label is blank
     */
    public static StudyGroup of(String label, Intervention... interventions) {
        return new StudyGroup(label, Optional.empty(), Optional.empty(), List.of(interventions), Optional.empty());
    }

    /** A copy with this role. */
    public StudyGroup withType(ArmType type) {
        return new StudyGroup(label, Optional.of(type), animals, interventions, timing);
    }

    /** A copy with this number of animals. */
    public StudyGroup withAnimals(int animals) {
        return new StudyGroup(label, type, Optional.of(animals), interventions, timing);
    }

    /** A copy with this timing. */
    public StudyGroup withTiming(TreatmentTiming timing) {
        return new StudyGroup(label, type, animals, interventions, Optional.of(timing));
    }
}
