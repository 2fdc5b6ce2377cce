package org.msbiome.core.microbiome;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * A named tool or reference with an optional version, as a study reports it: a pipeline ({@code DADA2 1.26},
 * {@code MetaPhlAn 4}) or a reference database ({@code SILVA 138.1}, {@code GTDB R220}, {@code Greengenes2
 * 2022.10}, an NCBI taxdump date).
 *
 * @param name the name, as reported
 * @param version the version, as reported; empty when not reported
 * @since 0.1.0
 */
public record VersionedName(String name, Optional<String> version) {
    /**
     * Normalises white space.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name or a present version is blank
     */
    public VersionedName {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(version, "version");
        version = version.map(v -> Checks.requireNonBlank(v, "version"));
    }

    /**
     * A name with a version.
     *
     * @param name the name
     * @param version the version
     * @return the versioned name
     */
    public static VersionedName of(String name, String version) {
        return new VersionedName(name, Optional.of(version));
    }
}
