package org.msbiome.core.formulation;

import jakarta.validation.Valid;
import java.util.Objects;
import org.msbiome.core.strain.Strain;

/**
 * One strain of a formulation and its strength: "<i>L. acidophilus</i>, 2 × 10^9 CFU/g".
 *
 * @param strain the strain (possibly unidentified, when the source names only the species)
 * @param strength the amount of this strain per unit of product
 * @since 0.1.0
 */
public record Component(@Valid Strain strain, @Valid Strength strength) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     */
    public Component {
        Objects.requireNonNull(strain, "strain");
        Objects.requireNonNull(strength, "strength");
    }

    /**
     * The component {@code strain} at {@code strength}.
     *
     * @param strain the strain
     * @param strength the strength
     * @return the component
     * @throws NullPointerException if an argument is null
     */
    public static Component of(Strain strain, Strength strength) {
        return new Component(strain, strength);
    }

    /**
     * The component as "Lactobacillus acidophilus 2e9 [CFU]/g".
     *
     * @return the text
     */
    @Override
    public String toString() {
        return strain + " " + strength;
    }
}
