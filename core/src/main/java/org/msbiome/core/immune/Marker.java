package org.msbiome.core.immune;

import java.util.List;

/**
 * Something measured to describe the immune state: a {@link Cytokine}, a {@link CellPopulation}, another
 * {@link Biomarker}, or an {@link UnlistedMarker} the library does not list (named and typed explicitly,
 * never a bare string). Markers compare by value.
 *
 * @since 0.1.0
 */
public sealed interface Marker permits Cytokine, CellPopulation, Biomarker, UnlistedMarker {
    /** The display name, for example {@code IFN-γ}. */
    String name();

    /** Other names under which {@link Markers#lookup(String)} finds the marker (the name excluded). */
    List<String> aliases();

    /** The kind of marker. */
    MarkerKind kind();
}
