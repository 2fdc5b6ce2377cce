package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * A laboratory strain of animals, like C57BL/6 mice; well-known strains are in {@link AnimalStrains}.
 *
 * @param species the species
 * @param name the strain's name, like {@code C57BL/6}
 * @param haplotype the MHC haplotype, when known, like {@code H-2b}
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AnimalStrain(Species species, String name, Optional<String> haplotype) {

    /**
     * Strips the texts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name or the haplotype is blank
     */
    public AnimalStrain {
        Objects.requireNonNull(species, "species");
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(haplotype, "haplotype");
        haplotype = haplotype.map(h -> Checks.requireNonBlank(h, "haplotype"));
    }

    /**
     * A strain without a stated haplotype.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static AnimalStrain of(Species species, String name) {
        return new AnimalStrain(species, name, Optional.empty());
    }
}
