package org.msbiome.core.design;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * An intervention of another kind (a diet, a behavioural programme, a procedure), described in words.
 *
 * @param name the name, unique within the trial
 * @param description what is given, when described
 * @param regimen when and how much is given
 * @since 0.1.0
 */
public record OtherIntervention(String name, Optional<String> description, Regimen regimen)
        implements Intervention {

    /**
     * Strips the texts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name or the description is blank
     */
    public OtherIntervention {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(description, "description");
        description = description.map(d -> Checks.requireNonBlank(d, "description"));
        Objects.requireNonNull(regimen, "regimen");
    }
}
