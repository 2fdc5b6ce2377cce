package org.msbiome.core.formulation;

import org.msbiome.core.internal.Checks;

/**
 * A prebiotic ingredient of a formulation, by the name the source gives ("inulin").
 *
 * @param name the name as the source writes it
 * @since 0.1.0
 */
public record PrebioticIngredient(String name) {
    /**
     * Checks the name.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if it is blank
     */
    public PrebioticIngredient {
        name = Checks.requireNonBlank(name, "name");
    }

    /**
     * The ingredient with the given name.
     *
     * @param name the name
     * @return the ingredient
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if it is blank
     */
    public static PrebioticIngredient of(String name) {
        return new PrebioticIngredient(name);
    }

    /**
     * The name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
