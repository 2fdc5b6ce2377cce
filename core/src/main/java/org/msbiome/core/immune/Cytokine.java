package org.msbiome.core.immune;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * A cytokine or chemokine. A cytokine made of two chains lists both genes: IL-12 (p70) is IL12A (p35) +
 * IL12B (p40), IL-23 is IL23A (p19) + IL12B, IL-35 is IL12A + EBI3, IL-27 is IL27 (p28) + EBI3.
 *
 * @param name the display name, such as {@code IFN-γ}
 * @param aliases other names and spellings
 * @param chains the genes encoding the chains of the protein, at least one
 * @param usualClass the usual class in MS and probiotic papers, when a source states it
 * @param axes the T-helper axes, when a source states them
 * @since 0.1.0
 */
public record Cytokine(
        String name, List<String> aliases, List<Gene> chains, Optional<InflammatoryClass> usualClass, List<Axis> axes)
        implements Marker {
    /**
     * Creates a cytokine.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the name or an alias is blank, or there are no chains
     */
    public Cytokine {
        name = Checks.requireNonBlank(name, "name");
        aliases = Aliases.normalise(aliases);
        chains = Checks.copyOf(chains, "chains");
        Objects.requireNonNull(usualClass, "usualClass");
        axes = Checks.copyOf(axes, "axes");
        if (chains.isEmpty()) {
            throw new IllegalArgumentException("cytokine " + Checks.quote(name) + " has no chains; expected the "
                    + "gene of each chain, like IFNG");
        }
    }

    /** Whether the cytokine is made of more than one chain, like IL-12 (IL12A + IL12B). */
    public boolean isMultiChain() {
        return chains.size() > 1;
    }

    /** The gene of a single-chain cytokine; empty for a multi-chain one. */
    public Optional<Gene> gene() {
        return isMultiChain() ? Optional.empty() : Optional.of(chains.get(0));
    }

    /** {@link MarkerKind#CYTOKINE}. */
    @Override
    public MarkerKind kind() {
        return MarkerKind.CYTOKINE;
    }
}
