package org.msbiome.core.immune;

import java.util.List;
import java.util.Optional;

/**
 * Well-known cell populations reported in probiotic and MS studies. Each constant names its source.
 *
 * @since 0.1.0
 */
public final class CellPopulations {
    private CellPopulations() {}

    /**
     * Regulatory T cells defined as CD4+CD25+FoxP3+ (the population induced in mesenteric lymph nodes in
     * Lavasani et al. 2010).
     *
     * <p>Source: Lavasani et al. 2010, PLoS ONE 5(2):e9009, DOI 10.1371/journal.pone.0009009, PMID 20126401.
     */
    public static final CellPopulation TREG = new CellPopulation(
            "CD4+CD25+FoxP3+ Treg",
            List.of("Treg", "CD4+CD25+FoxP3+ regulatory T cells"),
            List.of(CellMarker.positive("CD4"), CellMarker.positive("CD25"), CellMarker.positive("FoxP3")),
            Optional.of(Lineage.TREG));

    /**
     * Regulatory T cells defined as CD4+FoxP3+ (no CD25 gate).
     *
     * <p>Source: Cell Reports 2017 (Mangalam lab), Prevotella histicola in HLA class II transgenic EAE,
     * https://www.cell.com/cell-reports/fulltext/S2211-1247(17)30997-X (PMC5763484).
     */
    public static final CellPopulation CD4_FOXP3_TREG = new CellPopulation(
            "CD4+FoxP3+ Treg",
            List.of(),
            List.of(CellMarker.positive("CD4"), CellMarker.positive("FoxP3")),
            Optional.of(Lineage.TREG));

    /**
     * T helper 1 cells (transcription factor T-bet).
     *
     * <p>Sources: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and
     * https://explorationpub.com/Journals/Tables/1003134/t1.
     */
    public static final CellPopulation TH1 =
            new CellPopulation("Th1 cells", List.of("Th1"), List.of(), Optional.of(Lineage.TH1));

    /**
     * T helper 2 cells (transcription factor GATA3).
     *
     * <p>Sources: as {@link #TH1}.
     */
    public static final CellPopulation TH2 =
            new CellPopulation("Th2 cells", List.of("Th2"), List.of(), Optional.of(Lineage.TH2));

    /**
     * T helper 17 cells (transcription factor RORγt).
     *
     * <p>Sources: as {@link #TH1}.
     */
    public static final CellPopulation TH17 =
            new CellPopulation("Th17 cells", List.of("Th17"), List.of(), Optional.of(Lineage.TH17));

    /**
     * Intermediate monocytes, CD14high CD16low (decreased on VSL#3 in Tankou et al. 2018).
     *
     * <p>Source: Tankou SK et al. 2018, "Investigation of probiotics in multiple sclerosis", PMID 29307299,
     * https://www.readbyqxmd.com/read/29307299/investigation-of-probiotics-in-multiple-sclerosis.
     */
    public static final CellPopulation INTERMEDIATE_MONOCYTES = new CellPopulation(
            "intermediate monocytes",
            List.of("CD14high CD16low monocytes"),
            List.of(new CellMarker("CD14", Expression.HIGH), new CellMarker("CD16", Expression.LOW)),
            Optional.empty());

    /**
     * CD103+ dendritic cells (induced in cervical lymph nodes by B. fragilis polysaccharide A).
     *
     * <p>Source: Mucosal Immunol 2010;3(5):487–95, DOI 10.1038/mi.2010.29, PMID 20531465.
     */
    public static final CellPopulation CD103_DENDRITIC_CELLS = new CellPopulation(
            "CD103+ dendritic cells",
            List.of("CD103+ DCs"),
            List.of(CellMarker.positive("CD103")),
            Optional.empty());

    /** All cell populations of this class, in declaration order. */
    public static List<CellPopulation> all() {
        return List.of(TREG, CD4_FOXP3_TREG, TH1, TH2, TH17, INTERMEDIATE_MONOCYTES, CD103_DENDRITIC_CELLS);
    }
}
