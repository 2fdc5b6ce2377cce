package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * Theiler's murine encephalomyelitis virus infection, given intracerebrally
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC7654287/table/T2).
 *
 * @param virusStrain the virus strain, when reported
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Tmev(Optional<String> virusStrain) implements DiseaseModel {

    /**
     * Strips the strain.
     *
     * @throws NullPointerException if the component is null
     * @throws IllegalArgumentException if the strain is blank
     */
    public Tmev {
        Objects.requireNonNull(virusStrain, "virusStrain");
        virusStrain = virusStrain.map(s -> Checks.requireNonBlank(s, "virusStrain"));
    }
}
