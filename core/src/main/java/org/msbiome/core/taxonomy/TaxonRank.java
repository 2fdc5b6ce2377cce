package org.msbiome.core.taxonomy;

import org.msbiome.core.internal.Codes;

/**
 * The rank of a {@link TaxonName}: a species, or a subspecies within one.
 *
 * <p>Codes are the lower-case rank names ({@code species}, {@code subspecies}).
 *
 * @since 0.1.0
 */
public enum TaxonRank {
    /** A species, named by genus and species epithet ("Lacticaseibacillus rhamnosus"). */
    SPECIES("species"),
    /** A subspecies, named by genus, species epithet and subspecies epithet. */
    SUBSPECIES("subspecies");

    private final String code;

    TaxonRank(String code) {
        this.code = code;
    }

    /**
     * The rank's code, e.g. {@code species}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The rank with the given code.
     *
     * @param code a code such as {@code species}
     * @return the rank
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no rank has that code; the message lists the valid codes
     */
    public static TaxonRank fromCode(String code) {
        return Codes.fromCode(values(), TaxonRank::code, "taxon rank", code);
    }
}
