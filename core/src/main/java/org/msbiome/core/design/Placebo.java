package org.msbiome.core.design;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * A placebo, with its composition when the source publishes it (for example starch): CONSORT 2010 item 11b
 * asks for the similarity of interventions, and TIDieR item 3 for the materials.
 *
 * @param name the name, unique within the trial
 * @param composition what the placebo is made of, when published
 * @param regimen when and how much is given
 * @since 0.1.0
 */
public record Placebo(String name, Optional<String> composition, Regimen regimen) implements Intervention {

    /**
     * Strips the texts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name or the composition is blank
     */
    public Placebo {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(composition, "composition");
        composition = composition.map(c -> Checks.requireNonBlank(c, "composition"));
        Objects.requireNonNull(regimen, "regimen");
    }
}
