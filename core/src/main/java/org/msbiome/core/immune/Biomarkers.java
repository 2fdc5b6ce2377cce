package org.msbiome.core.immune;

import java.util.List;
import java.util.Map;
import org.msbiome.core.internal.DataResource;

/**
 * Well-known biomarkers other than cytokines and cell populations, as reported in probiotic trials in
 * MS, loaded with their sources from the bundled data resource
 * {@code org/msbiome/core/immune/biomarkers.tsv}. Gene symbols are given only where a source gives them:
 * the gene symbol of CRP is unverified and therefore absent.
 *
 * @since 0.1.0
 */
public final class Biomarkers {
    private static final DataResource DATA =
            DataResource.load(Biomarkers.class, "biomarkers.tsv", "name", "aliases", "gene");
    private static final Map<String, Biomarker> VALUES = DATA.map(Biomarkers::fromRow);
    private static final List<Biomarker> ALL = List.copyOf(VALUES.values());

    private Biomarkers() {}

    /**
     * High-sensitivity C-reactive protein, an inflammatory marker (reported in μg/mL by Kouchaki 2017).
     *
     * <p>Sources: row {@code HS_CRP} of {@code biomarkers.tsv}.
     */
    public static final Biomarker HS_CRP = DATA.get(VALUES, "HS_CRP");

    /**
     * C-reactive protein, as reported without "high-sensitivity".
     *
     * <p>Sources: row {@code CRP} of {@code biomarkers.tsv}.
     */
    public static final Biomarker CRP = DATA.get(VALUES, "CRP");

    /**
     * Nitric oxide.
     *
     * <p>Sources: row {@code NITRIC_OXIDE} of {@code biomarkers.tsv}.
     */
    public static final Biomarker NITRIC_OXIDE = DATA.get(VALUES, "NITRIC_OXIDE");

    /**
     * Malondialdehyde, a marker of oxidative stress.
     *
     * <p>Sources: row {@code MALONDIALDEHYDE} of {@code biomarkers.tsv}.
     */
    public static final Biomarker MALONDIALDEHYDE = DATA.get(VALUES, "MALONDIALDEHYDE");

    /**
     * Total antioxidant capacity.
     *
     * <p>Sources: row {@code TOTAL_ANTIOXIDANT_CAPACITY} of {@code biomarkers.tsv}.
     */
    public static final Biomarker TOTAL_ANTIOXIDANT_CAPACITY = DATA.get(VALUES, "TOTAL_ANTIOXIDANT_CAPACITY");

    /**
     * Brain-derived neurotrophic factor.
     *
     * <p>Sources: row {@code BDNF} of {@code biomarkers.tsv}.
     */
    public static final Biomarker BDNF = DATA.get(VALUES, "BDNF");

    /**
     * Insulin (reported in μIU/mL by Kouchaki 2017).
     *
     * <p>Sources: row {@code INSULIN} of {@code biomarkers.tsv}.
     */
    public static final Biomarker INSULIN = DATA.get(VALUES, "INSULIN");

    /**
     * FOXP3, the transcription factor of regulatory T cells (also measured as its expression).
     *
     * <p>Sources: row {@code FOXP3} of {@code biomarkers.tsv}.
     */
    public static final Biomarker FOXP3 = DATA.get(VALUES, "FOXP3");

    /**
     * T-bet, the transcription factor of Th1 cells.
     *
     * <p>Sources: row {@code T_BET} of {@code biomarkers.tsv}.
     */
    public static final Biomarker T_BET = DATA.get(VALUES, "T_BET");

    /**
     * RORγt, the transcription factor of Th17 cells.
     *
     * <p>Sources: row {@code ROR_GAMMA_T} of {@code biomarkers.tsv}.
     */
    public static final Biomarker ROR_GAMMA_T = DATA.get(VALUES, "ROR_GAMMA_T");

    /** All biomarkers of this class, in declaration order (the order of the data resource). */
    public static List<Biomarker> all() {
        return ALL;
    }

    private static Biomarker fromRow(DataResource.Row row) {
        return new Biomarker(row.text("name"), row.list("aliases"),
                row.optional("gene").map(cell -> ImmuneRows.gene(row, cell)));
    }
}
