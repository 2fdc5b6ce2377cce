package org.msbiome.core.safety;

import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * A group in which harms are counted (ClinicalTrials.gov "event group"), usually one arm of the trial.
 *
 * @param id the group's identifier in the report, like {@code EG000}
 * @param title the group's title as given
 * @param description the group's description as given; empty when none
 * @param arm the label of the trial arm the group is, when it is known to be one; empty when the group is
 *     not matched to an arm
 * @since 0.1.0
 */
public record EventGroup(String id, String title, Optional<String> description, Optional<String> arm) {
    /**
     * Creates a group.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the identifier, the title or a given text is blank
     */
    public EventGroup {
        id = Checks.requireNonBlank(id, "id");
        title = Checks.requireNonBlank(title, "title");
        description = AdverseEvent.nonBlank(description, "description");
        arm = AdverseEvent.nonBlank(arm, "arm");
    }

    /**
     * A group with an identifier and a title only.
     *
     * @param id the identifier
     * @param title the title
     * @return the group
     * @throws IllegalArgumentException if either is blank
     */
    public static EventGroup of(String id, String title) {
        return new EventGroup(id, title, Optional.empty(), Optional.empty());
    }
}
