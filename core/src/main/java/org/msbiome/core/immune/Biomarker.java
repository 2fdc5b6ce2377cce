package org.msbiome.core.immune;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * A biomarker that is neither a cytokine nor a cell population: a protein such as hs-CRP or BDNF, a
 * metabolite such as nitric oxide or malondialdehyde, a composite such as total antioxidant capacity, or a
 * transcription factor such as FOXP3.
 *
 * @param name the display name
 * @param aliases other names and spellings
 * @param gene the encoding gene, when the marker is a gene product and a source gives its symbol
 * @since 0.1.0
 */
public record Biomarker(String name, List<String> aliases, Optional<Gene> gene) implements Marker {
    /**
     * Creates a biomarker.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the name or an alias is blank
     */
    public Biomarker {
        name = Checks.requireNonBlank(name, "name");
        aliases = Aliases.normalise(aliases);
        Objects.requireNonNull(gene, "gene");
    }

    /** {@link MarkerKind#BIOMARKER}. */
    @Override
    public MarkerKind kind() {
        return MarkerKind.BIOMARKER;
    }
}
