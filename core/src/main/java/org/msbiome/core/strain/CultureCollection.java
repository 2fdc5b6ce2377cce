package org.msbiome.core.strain;

import java.util.Objects;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * A culture collection, named by the acronym it puts before its accession numbers ("ATCC", "DSM").
 *
 * <p>The vocabulary is open: {@link CultureCollections} holds the collections msbiome knows, and any other
 * acronym of 2 to 10 upper-case letters can be named with {@link #of(String)}. {@link Deposit#parse(String)}
 * accepts known collections only, so that a misspelt acronym is reported rather than taken for a new
 * collection.
 *
 * @param acronym the acronym, upper-case letters, e.g. {@code ATCC}
 * @since 0.1.0
 */
public record CultureCollection(String acronym) {
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,10}");

    /**
     * Checks the acronym.
     *
     * @throws NullPointerException if {@code acronym} is null
     * @throws IllegalArgumentException if it is not 2 to 10 upper-case letters
     */
    public CultureCollection {
        acronym = Checks.requireNonBlank(acronym, "acronym");
        if (!ACRONYM.matcher(acronym).matches()) {
            throw new IllegalArgumentException("culture collection acronym " + Checks.quote(acronym)
                    + " is malformed; expected 2 to 10 upper-case letters, like 'ATCC' or 'DSM'");
        }
    }

    /**
     * The collection with the given acronym.
     *
     * @param acronym the acronym, e.g. {@code KCTC}
     * @return the collection
     * @throws NullPointerException if {@code acronym} is null
     * @throws IllegalArgumentException if it is not 2 to 10 upper-case letters
     */
    public static CultureCollection of(String acronym) {
        return new CultureCollection(acronym);
    }

    /**
     * Whether msbiome knows this collection ({@link CultureCollections#all()}).
     *
     * @return {@code true} for a known collection
     */
    public boolean isWellKnown() {
        return CultureCollections.all().contains(this);
    }

    /**
     * The acronym.
     *
     * @return the acronym
     */
    @Override
    public String toString() {
        return acronym;
    }
}
