package org.msbiome.core.signature;

import org.msbiome.core.internal.Codes;

/**
 * What {@link Signatures#consensus(java.util.Collection, org.msbiome.core.taxonomy.TaxonRank, CountingUnit)}
 * counts as one vote.
 *
 * @since 0.1.0
 */
public enum CountingUnit {
    /** One vote per study: experiments of one study share subjects and are not independent. Code {@code study}. */
    STUDY("study"),
    /** One vote per experiment (contrast). Code {@code experiment}. */
    EXPERIMENT("experiment");

    private final String code;

    CountingUnit(String code) {
        this.code = code;
    }

    /**
     * The code.
     *
     * @return {@code study} or {@code experiment}
     */
    public String code() {
        return code;
    }

    /**
     * The unit with this code.
     *
     * @param code {@code study} or {@code experiment}
     * @return the unit
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no unit has this code
     */
    public static CountingUnit fromCode(String code) {
        return Codes.fromCode(values(), CountingUnit::code, "counting unit", code);
    }
}
