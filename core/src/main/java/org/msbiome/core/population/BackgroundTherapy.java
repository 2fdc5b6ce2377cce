package org.msbiome.core.population;

import org.msbiome.core.internal.Checks;

/**
 * A therapy the participants were taking throughout the study, outside the randomized comparison, like
 * interferon beta-1a.
 *
 * @param name the therapy, as the source names it
 * @since 0.1.0
 */
public record BackgroundTherapy(String name) {

    /**
     * Strips the name.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is blank
     */
    public BackgroundTherapy {
        name = Checks.requireNonBlank(name, "name");
    }
}
