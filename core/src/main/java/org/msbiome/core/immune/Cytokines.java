package org.msbiome.core.immune;

import java.util.List;
import java.util.Map;
import org.msbiome.core.internal.DataResource;

/**
 * Well-known cytokines, with their HGNC gene symbols and NCBI Gene IDs, usual class and T-helper axis
 * where a cited source states them (what no source states is absent). The values and the source of each
 * fact are loaded from the bundled data resource {@code org/msbiome/core/immune/cytokines.tsv}.
 *
 * @since 0.1.0
 */
public final class Cytokines {
    private static final DataResource DATA = DataResource.load(
            Cytokines.class, "cytokines.tsv", "name", "aliases", "chains", "class", "axes");
    private static final Map<String, Cytokine> VALUES = DATA.map(Cytokines::fromRow);
    private static final List<Cytokine> ALL = List.copyOf(VALUES.values());

    private Cytokines() {}

    /**
     * Interferon gamma, the Th1 effector cytokine; pro-inflammatory.
     *
     * <p>Sources: row {@code IFN_GAMMA} of {@code cytokines.tsv}.
     */
    public static final Cytokine IFN_GAMMA = DATA.get(VALUES, "IFN_GAMMA");

    /**
     * Tumour necrosis factor alpha; produced by Th1 (and listed for Th17); pro-inflammatory.
     *
     * <p>Sources: row {@code TNF_ALPHA} of {@code cytokines.tsv}.
     */
    public static final Cytokine TNF_ALPHA = DATA.get(VALUES, "TNF_ALPHA");

    /**
     * Interleukin 2; produced by Th1 and an inducer of Treg. No class label is bundled.
     *
     * <p>Sources: row {@code IL_2} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_2 = DATA.get(VALUES, "IL_2");

    /**
     * Interleukin 12 (p70), two chains: IL12A (p35) and IL12B (p40); drives Th1; pro-inflammatory.
     *
     * <p>Sources: row {@code IL_12} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_12 = DATA.get(VALUES, "IL_12");

    /**
     * Interleukin 4, a Th2 cytokine. Its class label is unverified and not bundled.
     *
     * <p>Sources: row {@code IL_4} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_4 = DATA.get(VALUES, "IL_4");

    /**
     * Interleukin 5, a Th2 cytokine.
     *
     * <p>Sources: row {@code IL_5} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_5 = DATA.get(VALUES, "IL_5");

    /**
     * Interleukin 13, a Th2 cytokine.
     *
     * <p>Sources: row {@code IL_13} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_13 = DATA.get(VALUES, "IL_13");

    /**
     * Interleukin 17A (often written IL-17), the Th17 signature cytokine; pro-inflammatory.
     *
     * <p>Sources: row {@code IL_17A} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_17A = DATA.get(VALUES, "IL_17A");

    /**
     * Interleukin 17F, a Th17 cytokine.
     *
     * <p>Sources: row {@code IL_17F} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_17F = DATA.get(VALUES, "IL_17F");

    /**
     * Interleukin 22, produced by Th17 (and Th22) cells.
     *
     * <p>Sources: row {@code IL_22} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_22 = DATA.get(VALUES, "IL_22");

    /**
     * Interleukin 23, two chains: IL23A (p19) and IL12B (p40); expands Th17. Its class label is unverified and not bundled.
     *
     * <p>Sources: row {@code IL_23} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_23 = DATA.get(VALUES, "IL_23");

    /**
     * Granulocyte-macrophage colony-stimulating factor (gene CSF2), produced by Th17 cells.
     *
     * <p>Sources: row {@code GM_CSF} of {@code cytokines.tsv}.
     */
    public static final Cytokine GM_CSF = DATA.get(VALUES, "GM_CSF");

    /**
     * Interleukin 6, Th17-inducing. Its class label is unverified and not bundled.
     *
     * <p>Sources: row {@code IL_6} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_6 = DATA.get(VALUES, "IL_6");

    /**
     * Interleukin 1 beta, Th17-inducing (IL-1).
     *
     * <p>Sources: row {@code IL_1_BETA} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_1_BETA = DATA.get(VALUES, "IL_1_BETA");

    /**
     * Interleukin 10, a Treg cytokine; anti-inflammatory.
     *
     * <p>Sources: row {@code IL_10} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_10 = DATA.get(VALUES, "IL_10");

    /**
     * Transforming growth factor beta 1, a Treg cytokine that also induces Th17; regulatory.
     *
     * <p>Sources: row {@code TGF_BETA_1} of {@code cytokines.tsv}.
     */
    public static final Cytokine TGF_BETA_1 = DATA.get(VALUES, "TGF_BETA_1");

    /**
     * Interleukin 35, two chains: IL12A (p35) and EBI3; derived from Treg and Breg cells; anti-inflammatory (suppressive). No source read gives the NCBI Gene ID of EBI3.
     *
     * <p>Sources: row {@code IL_35} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_35 = DATA.get(VALUES, "IL_35");

    /**
     * Interleukin 27, two chains: IL27 (p28) and EBI3. No axis or class label is bundled.
     *
     * <p>Sources: row {@code IL_27} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_27 = DATA.get(VALUES, "IL_27");

    /**
     * Interleukin 8, the chemokine CXCL8 (WikiPathways label "IL8"). Its class label is unverified and not bundled.
     *
     * <p>Sources: row {@code IL_8} of {@code cytokines.tsv}.
     */
    public static final Cytokine IL_8 = DATA.get(VALUES, "IL_8");

    /**
     * The chemokine CXCL10 (IP-10). Its class label is unverified and not bundled.
     *
     * <p>Sources: row {@code CXCL10} of {@code cytokines.tsv}.
     */
    public static final Cytokine CXCL10 = DATA.get(VALUES, "CXCL10");

    /**
     * The chemokine CCL2 (MCP-1). Its class label is unverified and not bundled.
     *
     * <p>Sources: row {@code CCL2} of {@code cytokines.tsv}.
     */
    public static final Cytokine CCL2 = DATA.get(VALUES, "CCL2");

    /** All cytokines of this class, in declaration order (the order of the data resource). */
    public static List<Cytokine> all() {
        return ALL;
    }

    private static Cytokine fromRow(DataResource.Row row) {
        List<Gene> chains = row.list("chains").stream().map(cell -> ImmuneRows.gene(row, cell)).toList();
        List<Axis> axes = row.list("axes").stream().map(cell -> ImmuneRows.axis(row, cell)).toList();
        return new Cytokine(row.text("name"), row.list("aliases"), chains,
                row.optional("class").map(InflammatoryClass::fromCode), axes);
    }
}
