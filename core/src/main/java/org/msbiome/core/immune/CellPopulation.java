package org.msbiome.core.immune;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * A population of cells, such as CD4+CD25+FoxP3+ regulatory T cells or intermediate monocytes.
 *
 * @param name the display name
 * @param aliases other names and spellings
 * @param phenotype the antigens that define the population, as published (empty when defined otherwise)
 * @param lineage the lymphocyte lineage, when the population is one
 * @since 0.1.0
 */
public record CellPopulation(String name, List<String> aliases, List<CellMarker> phenotype, Optional<Lineage> lineage)
        implements Marker {
    /**
     * Creates a cell population.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the name or an alias is blank
     */
    public CellPopulation {
        name = Checks.requireNonBlank(name, "name");
        aliases = Aliases.normalise(aliases);
        phenotype = Checks.copyOf(phenotype, "phenotype");
        Objects.requireNonNull(lineage, "lineage");
    }

    /** {@link MarkerKind#CELL_POPULATION}. */
    @Override
    public MarkerKind kind() {
        return MarkerKind.CELL_POPULATION;
    }
}
