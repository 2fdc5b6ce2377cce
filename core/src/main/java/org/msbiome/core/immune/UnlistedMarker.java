package org.msbiome.core.immune;

import java.util.List;
import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * A marker the library does not list, named as the paper names it and typed explicitly, such as
 * {@code new UnlistedMarker("TGF-β", MarkerKind.CYTOKINE)} for a paper that reports the TGF-β family
 * without saying which isoform.
 *
 * @param name the name as published
 * @param kind the kind of marker
 * @since 0.1.0
 */
public record UnlistedMarker(String name, MarkerKind kind) implements Marker {
    /**
     * Creates an unlisted marker.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public UnlistedMarker {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** None: an unlisted marker is known by its name only. */
    @Override
    public List<String> aliases() {
        return List.of();
    }
}
