package org.msbiome.core.immune;

import java.util.List;
import java.util.Map;
import org.msbiome.core.internal.DataResource;

/**
 * Well-known cell populations reported in probiotic and MS studies, loaded with their sources from the
 * bundled data resource {@code org/msbiome/core/immune/cell-populations.tsv}.
 *
 * @since 0.1.0
 */
public final class CellPopulations {
    private static final DataResource DATA = DataResource.load(
            CellPopulations.class, "cell-populations.tsv", "name", "aliases", "phenotype", "lineage");
    private static final Map<String, CellPopulation> VALUES = DATA.map(CellPopulations::fromRow);
    private static final List<CellPopulation> ALL = List.copyOf(VALUES.values());

    private CellPopulations() {}

    /**
     * Regulatory T cells defined as CD4+CD25+FoxP3+ (the population induced in mesenteric lymph nodes in
     * Lavasani et al. 2010).
     *
     * <p>Sources: row {@code TREG} of {@code cell-populations.tsv}.
     */
    public static final CellPopulation TREG = DATA.get(VALUES, "TREG");

    /**
     * Regulatory T cells defined as CD4+FoxP3+ (no CD25 gate).
     *
     * <p>Sources: row {@code CD4_FOXP3_TREG} of {@code cell-populations.tsv}.
     */
    public static final CellPopulation CD4_FOXP3_TREG = DATA.get(VALUES, "CD4_FOXP3_TREG");

    /**
     * T helper 1 cells (transcription factor T-bet).
     *
     * <p>Sources: row {@code TH1} of {@code cell-populations.tsv}.
     */
    public static final CellPopulation TH1 = DATA.get(VALUES, "TH1");

    /**
     * T helper 2 cells (transcription factor GATA3).
     *
     * <p>Sources: row {@code TH2} of {@code cell-populations.tsv}.
     */
    public static final CellPopulation TH2 = DATA.get(VALUES, "TH2");

    /**
     * T helper 17 cells (transcription factor RORγt).
     *
     * <p>Sources: row {@code TH17} of {@code cell-populations.tsv}.
     */
    public static final CellPopulation TH17 = DATA.get(VALUES, "TH17");

    /**
     * Intermediate monocytes, CD14high CD16low (decreased on VSL#3 in Tankou et al. 2018).
     *
     * <p>Sources: row {@code INTERMEDIATE_MONOCYTES} of {@code cell-populations.tsv}.
     */
    public static final CellPopulation INTERMEDIATE_MONOCYTES = DATA.get(VALUES, "INTERMEDIATE_MONOCYTES");

    /**
     * CD103+ dendritic cells (induced in cervical lymph nodes by B. fragilis polysaccharide A).
     *
     * <p>Sources: row {@code CD103_DENDRITIC_CELLS} of {@code cell-populations.tsv}.
     */
    public static final CellPopulation CD103_DENDRITIC_CELLS = DATA.get(VALUES, "CD103_DENDRITIC_CELLS");

    /** All cell populations of this class, in declaration order (the order of the data resource). */
    public static List<CellPopulation> all() {
        return ALL;
    }

    private static CellPopulation fromRow(DataResource.Row row) {
        List<CellMarker> phenotype =
                row.list("phenotype").stream().map(cell -> ImmuneRows.cellMarker(row, cell)).toList();
        return new CellPopulation(row.text("name"), row.list("aliases"), phenotype,
                row.optional("lineage").map(Lineage::fromCode));
    }
}
