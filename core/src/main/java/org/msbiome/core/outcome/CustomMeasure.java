package org.msbiome.core.outcome;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * An outcome measure outside the catalog, described in words, like "serum hs-CRP".
 *
 * @param title the measure's title
 * @param description how it is measured, when described
 * @param unit the unit of the value, when it has one (a UCUM code where one exists, like {@code ug/mL})
 * @since 0.1.0
 */
public record CustomMeasure(String title, Optional<String> description, Optional<String> unit)
        implements OutcomeMeasure {

    /**
     * Strips the texts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank
     */
    public CustomMeasure {
        title = Checks.requireNonBlank(title, "title");
        Objects.requireNonNull(description, "description");
        description = description.map(d -> Checks.requireNonBlank(d, "description"));
        Objects.requireNonNull(unit, "unit");
        unit = unit.map(u -> Checks.requireNonBlank(u, "unit"));
    }

    /**
     * A measure with a title only.
     *
     * @throws IllegalArgumentException if the title is blank
     */
    public static CustomMeasure of(String title) {
        return new CustomMeasure(title, Optional.empty(), Optional.empty());
    }
}
