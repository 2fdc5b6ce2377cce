package org.msbiome.core.taxonomy;

import org.msbiome.core.internal.Codes;

/**
 * The ways analysis tools write a taxonomic lineage as text, read by {@link Lineage#parse(String,
 * LineageNotation)}.
 *
 * <p>Names are kept exactly as the tool wrote them: a GTDB name such as {@code Bacillota_A} stays a GTDB
 * name, an old phylum name such as {@code Firmicutes} stays as written (see {@link Taxonomy} for its 2021
 * replacement), and an empty level ({@code g__}) or a placeholder ({@code unclassified Bacteroides}) is kept
 * as an unresolved entry.
 *
 * @since 0.1.0
 */
public enum LineageNotation {
    /**
     * Greengenes as written by QIIME: levels separated by {@code ;} (usually {@code "; "}), prefixed
     * {@code k__ p__ c__ o__ f__ g__ s__} (and {@code d__} in Greengenes2), e.g.
     * {@code k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Ruminococcaceae; g__; s__}. The
     * species level may hold the epithet alone ({@code s__prausnitzii}).
     */
    GREENGENES("greengenes", ";"),
    /**
     * SILVA: levels separated by {@code ;}, prefixed {@code d__ p__ c__ o__ f__ g__ s__} (SILVA 138 as
     * distributed for QIIME 2) or {@code D_0__} … {@code D_6__} (SILVA 132 and earlier; {@code D_0} is the
     * domain, {@code D_6} the species; deeper {@code D_n} levels have no rank).
     */
    SILVA("silva", ";"),
    /**
     * MetaPhlAn: levels separated by {@code |}, prefixed {@code k__ p__ c__ o__ f__ g__ s__ t__}, e.g.
     * {@code k__Bacteria|p__Firmicutes|…|s__Faecalibacterium_prausnitzii|t__SGB15316}. {@code t__SGB…} is a
     * species-level genome bin ({@link TaxonRank#SGB}, MetaPhlAn 4); another {@code t__} value is a strain.
     * BugSigDB writes its lineages this way, with spaces in species names and a subspecies as a second
     * {@code s__} level.
     */
    METAPHLAN("metaphlan", "|"),
    /**
     * GTDB: levels separated by {@code ;}, prefixed {@code d__ p__ c__ o__ f__ g__ s__}, e.g.
     * {@code d__Bacteria;p__Bacillota_A;c__Clostridia;o__Oscillospirales;f__Ruminococcaceae;g__Faecalibacterium;s__Faecalibacterium prausnitzii_D}.
     * Alphabetic suffixes ({@code _A}, {@code _D}) are part of GTDB's names and are kept.
     */
    GTDB("gtdb", ";"),
    /**
     * A Kraken 2 or Bracken report: one tab-separated row per taxon (percentage, clade reads, direct reads,
     * optionally two minimizer columns, rank code, NCBI taxid, name), the name indented by two spaces per
     * level. A row's lineage is the row with the nearest shallower rows above it. Rank codes {@code D K P C O
     * F G S} give a rank; {@code U} (unclassified), {@code R} (root) and numbered codes such as {@code G1}
     * (a level below a genus without an NCBI rank) give none.
     */
    KRAKEN_REPORT("kraken-report", "\n");

    private final String code;
    private final String separator;

    LineageNotation(String code, String separator) {
        this.code = code;
        this.separator = separator;
    }

    /**
     * The notation's code, e.g. {@code metaphlan}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * What separates two levels: {@code ;} or {@code |}, or a line break for a Kraken report.
     *
     * @return the separator
     */
    public String separator() {
        return separator;
    }

    /**
     * The notation with the given code.
     *
     * @param code a code such as {@code gtdb}
     * @return the notation
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no notation has that code; the message lists the valid codes
     */
    public static LineageNotation fromCode(String code) {
        return Codes.fromCode(values(), LineageNotation::code, "lineage notation", code);
    }
}
