package org.msbiome.core.signature;

import jakarta.validation.constraints.Positive;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * One group of an experiment's contrast: group 0 (the reference: controls, unexposed) or group 1.
 *
 * @param name the group's name as curated, e.g. {@code "healthy controls"}
 * @param definition its definition as curated, if given
 * @param sampleSize the number of subjects or samples, if given; positive
 * @since 0.1.0
 */
public record ContrastGroup(String name, Optional<String> definition, Optional<@Positive Integer> sampleSize) {
    /**
     * Checks that the name is not blank.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name or the definition is blank
     */
    public ContrastGroup {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(sampleSize, "sampleSize");
        definition.ifPresent(d -> Checks.requireNonBlank(d, "definition"));
    }
}
