package org.msbiome.core.taxonomy;

import org.msbiome.core.internal.Codes;

/**
 * A taxonomic rank, from the top down: the order of the constants is the order of the ranks in a
 * {@link Lineage} (a domain above a kingdom, a species above a subspecies).
 *
 * <p>Codes are the lower-case rank names as NCBI Taxonomy writes them in {@code nodes.dmp}
 * ({@code superkingdom}, {@code species}, {@code subspecies}, {@code strain}), plus {@code sgb} for
 * MetaPhlAn 4's species-level genome bins. {@link #DOMAIN} and {@link #SUPERKINGDOM} name the same level:
 * NCBI wrote {@code superkingdom} until its 2025 revision, GTDB and SILVA write {@code d__} (domain).
 *
 * @since 0.1.0
 */
public enum TaxonRank {
    /** A domain ({@code d__Bacteria} in GTDB and SILVA; {@code D} in a Kraken report). */
    DOMAIN("domain"),
    /** A superkingdom, NCBI's name for the domain level before 2025 (taxid 2, Bacteria). */
    SUPERKINGDOM("superkingdom"),
    /** A kingdom ({@code k__} in Greengenes and MetaPhlAn, which also put Bacteria there; {@code K} in Kraken). */
    KINGDOM("kingdom"),
    /** A phylum ({@code p__Bacillota}). */
    PHYLUM("phylum"),
    /** A class ({@code c__Clostridia}). */
    CLASS("class"),
    /** An order ({@code o__Eubacteriales}). */
    ORDER("order"),
    /** A family ({@code f__Lachnospiraceae}). */
    FAMILY("family"),
    /** A genus ({@code g__Faecalibacterium}). */
    GENUS("genus"),
    /** A species, named by genus and species epithet ("Lacticaseibacillus rhamnosus"). */
    SPECIES("species"),
    /** A subspecies, named by genus, species epithet and subspecies epithet. */
    SUBSPECIES("subspecies"),
    /** A variety ({@code var.}), NCBI rank {@code varietas}, as in <i>Saccharomyces cerevisiae</i> var. <i>boulardii</i>. */
    VARIETAS("varietas"),
    /** A strain (NCBI rank {@code strain}; {@code t__} in MetaPhlAn 2 and 3). */
    STRAIN("strain"),
    /** A species-level genome bin, MetaPhlAn 4's {@code t__SGB…} level below the species. */
    SGB("sgb");

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
     * Whether this rank lies below {@code other} in a lineage, e.g. {@code GENUS.isBelow(FAMILY)}.
     * {@link #DOMAIN} and {@link #SUPERKINGDOM} are one level: neither is below the other.
     *
     * @param other the other rank
     * @return true if this rank is deeper
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isBelow(TaxonRank other) {
        return level() > other.level();
    }

    private int level() {
        return this == DOMAIN ? SUPERKINGDOM.ordinal() : ordinal();
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
