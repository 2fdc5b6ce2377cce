package org.msbiome.core.evidence;

import org.msbiome.core.internal.Checks;

/**
 * An author of a publication, by name as the citation prints it (for example {@code Tamtaji OR}, or a
 * group name). The name is kept as written; no attempt is made to split it into parts.
 *
 * @param name the name, trimmed, not blank
 * @since 0.1.0
 */
public record Author(String name) {
    /**
     * Trims and checks the name.
     *
     * @param name the name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Author {
        name = Checks.requireNonBlank(name, "name");
    }

    /**
     * An author by name.
     *
     * @param name the name
     * @return the author
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Author of(String name) {
        return new Author(name);
    }
}
