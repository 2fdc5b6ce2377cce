package org.msbiome.core.immune;

import java.util.List;
import java.util.Optional;

/**
 * Well-known cytokines, with their HGNC gene symbols and NCBI Gene IDs, usual class and T-helper axis
 * where a cited source states them (what no source states is absent). Each constant names its sources.
 *
 * @since 0.1.0
 */
public final class Cytokines {
    private Cytokines() {}

    /**
     * Interferon gamma, the Th1 effector cytokine; pro-inflammatory.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4484-datanodes.tsv</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * <li>class: Lavasani et al. 2010, PLoS ONE 5(2):e9009, DOI 10.1371/journal.pone.0009009, PMID 20126401 ("pro-inflammatory Th1 and Th17 cytokines")</li>
     * </ul>
     */
    public static final Cytokine IFN_GAMMA = new Cytokine(
            "IFN-γ",
            List.of("IFNG", "IFNY"),
            List.of(Gene.of("IFNG", 3458)),
            Optional.of(InflammatoryClass.PRO_INFLAMMATORY),
            List.of(Axis.producedBy(Lineage.TH1)));

    /**
     * Tumour necrosis factor alpha; produced by Th1 (and listed for Th17); pro-inflammatory.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4891-datanodes.tsv and PFOCR gene tables, https://raw.githubusercontent.com/wikipathways/pfocr-database/main/_data/ (PMC10298332__genes-14-01261-g006-genes.tsv, PMC10917885__fimmu-15-1322054-g001-genes.tsv, PMC10299676__ijms-24-10290-g001-genes.tsv)</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * <li>class: https://pmc.ncbi.nlm.nih.gov/articles/PMC3119457</li>
     * </ul>
     */
    public static final Cytokine TNF_ALPHA = new Cytokine(
            "TNF-α",
            List.of("TNF-a"),
            List.of(Gene.of("TNF", 7124)),
            Optional.of(InflammatoryClass.PRO_INFLAMMATORY),
            List.of(Axis.producedBy(Lineage.TH1), Axis.producedBy(Lineage.TH17)));

    /**
     * Interleukin 2; produced by Th1 and an inducer of Treg. No class label is bundled.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4484-datanodes.tsv</li>
     * <li>axis: https://openres.ersjournals.com/highwire/markup/14836/expansion (Th1) and https://explorationpub.com/Journals/Tables/1003134/t1 (Treg inducer)</li>
     * </ul>
     */
    public static final Cytokine IL_2 = new Cytokine(
            "IL-2",
            List.of(),
            List.of(Gene.of("IL2", 3558)),
            Optional.empty(),
            List.of(Axis.producedBy(Lineage.TH1), Axis.drives(Lineage.TREG)));

    /**
     * Interleukin 12 (p70), two chains: IL12A (p35) and IL12B (p40); drives Th1; pro-inflammatory.
     *
     * <p>Sources:
     * <ul>
     * <li>genes: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4494-datanodes.tsv</li>
     * <li>axis: https://www.rndsystems.com/research-area/il--12-family and https://openres.ersjournals.com/highwire/markup/14836/expansion</li>
     * <li>class: https://pmc.ncbi.nlm.nih.gov/articles/PMC3119457 ("IL-12 p70 ... proinflammatory")</li>
     * </ul>
     */
    public static final Cytokine IL_12 = new Cytokine(
            "IL-12",
            List.of("IL-12p70"),
            List.of(Gene.of("IL12A", 3592), Gene.of("IL12B", 3593)),
            Optional.of(InflammatoryClass.PRO_INFLAMMATORY),
            List.of(Axis.drives(Lineage.TH1)));

    /**
     * Interleukin 4, a Th2 cytokine. Its class label is unverified and not bundled.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4484-datanodes.tsv</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine IL_4 = new Cytokine(
            "IL-4",
            List.of(),
            List.of(Gene.of("IL4", 3565)),
            Optional.empty(),
            List.of(Axis.producedBy(Lineage.TH2)));

    /**
     * Interleukin 5, a Th2 cytokine.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4484-datanodes.tsv</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine IL_5 = new Cytokine(
            "IL-5",
            List.of(),
            List.of(Gene.of("IL5", 3567)),
            Optional.empty(),
            List.of(Axis.producedBy(Lineage.TH2)));

    /**
     * Interleukin 13, a Th2 cytokine.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP530-datanodes.tsv</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine IL_13 = new Cytokine(
            "IL-13",
            List.of(),
            List.of(Gene.of("IL13", 3596)),
            Optional.empty(),
            List.of(Axis.producedBy(Lineage.TH2)));

    /**
     * Interleukin 17A (often written IL-17), the Th17 signature cytokine; pro-inflammatory.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: PFOCR gene tables, https://raw.githubusercontent.com/wikipathways/pfocr-database/main/_data/ (PMC10298332__genes-14-01261-g006-genes.tsv, PMC10917885__fimmu-15-1322054-g001-genes.tsv, PMC10299676__ijms-24-10290-g001-genes.tsv)</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * <li>class: https://huggingface.co/datasets/mevol/protein_structure_NER_model_v2.1/blob/main/annotation_CSV/PMC4869123.csv</li>
     * </ul>
     */
    public static final Cytokine IL_17A = new Cytokine(
            "IL-17A",
            List.of("IL-17"),
            List.of(Gene.of("IL17A", 3605)),
            Optional.of(InflammatoryClass.PRO_INFLAMMATORY),
            List.of(Axis.producedBy(Lineage.TH17)));

    /**
     * Interleukin 17F, a Th17 cytokine.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: PFOCR gene tables, https://raw.githubusercontent.com/wikipathways/pfocr-database/main/_data/ (PMC10298332__genes-14-01261-g006-genes.tsv, PMC10917885__fimmu-15-1322054-g001-genes.tsv, PMC10299676__ijms-24-10290-g001-genes.tsv)</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine IL_17F = new Cytokine(
            "IL-17F",
            List.of(),
            List.of(Gene.of("IL17F", 112744)),
            Optional.empty(),
            List.of(Axis.producedBy(Lineage.TH17)));

    /**
     * Interleukin 22, produced by Th17 (and Th22) cells.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: PFOCR gene tables, https://raw.githubusercontent.com/wikipathways/pfocr-database/main/_data/ (PMC10298332__genes-14-01261-g006-genes.tsv, PMC10917885__fimmu-15-1322054-g001-genes.tsv, PMC10299676__ijms-24-10290-g001-genes.tsv)</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine IL_22 = new Cytokine(
            "IL-22",
            List.of(),
            List.of(Gene.of("IL22", 50616)),
            Optional.empty(),
            List.of(Axis.producedBy(Lineage.TH17), Axis.producedBy(Lineage.TH22)));

    /**
     * Interleukin 23, two chains: IL23A (p19) and IL12B (p40); expands Th17. Its class label is unverified and not bundled.
     *
     * <p>Sources:
     * <ul>
     * <li>genes: PFOCR gene tables, https://raw.githubusercontent.com/wikipathways/pfocr-database/main/_data/ (PMC10298332__genes-14-01261-g006-genes.tsv, PMC10917885__fimmu-15-1322054-g001-genes.tsv, PMC10299676__ijms-24-10290-g001-genes.tsv) and https://www.rndsystems.com/research-area/il--12-family</li>
     * <li>axis: https://www.rndsystems.com/research-area/il--12-family and https://openres.ersjournals.com/highwire/markup/14836/expansion</li>
     * </ul>
     */
    public static final Cytokine IL_23 = new Cytokine(
            "IL-23",
            List.of(),
            List.of(Gene.of("IL23A", 51561), Gene.of("IL12B", 3593)),
            Optional.empty(),
            List.of(Axis.drives(Lineage.TH17)));

    /**
     * Granulocyte-macrophage colony-stimulating factor (gene CSF2), produced by Th17 cells.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP3617-datanodes.tsv and PFOCR gene tables, https://raw.githubusercontent.com/wikipathways/pfocr-database/main/_data/ (PMC10298332__genes-14-01261-g006-genes.tsv, PMC10917885__fimmu-15-1322054-g001-genes.tsv, PMC10299676__ijms-24-10290-g001-genes.tsv)</li>
     * <li>axis: https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine GM_CSF = new Cytokine(
            "GM-CSF",
            List.of(),
            List.of(Gene.of("CSF2", 1437)),
            Optional.empty(),
            List.of(Axis.producedBy(Lineage.TH17)));

    /**
     * Interleukin 6, Th17-inducing. Its class label is unverified and not bundled.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4891-datanodes.tsv</li>
     * <li>axis: https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine IL_6 = new Cytokine(
            "IL-6",
            List.of(),
            List.of(Gene.of("IL6", 3569)),
            Optional.empty(),
            List.of(Axis.drives(Lineage.TH17)));

    /**
     * Interleukin 1 beta, Th17-inducing (IL-1).
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP530-datanodes.tsv</li>
     * <li>axis: https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine IL_1_BETA = new Cytokine(
            "IL-1β",
            List.of(),
            List.of(Gene.of("IL1B", 3553)),
            Optional.empty(),
            List.of(Axis.drives(Lineage.TH17)));

    /**
     * Interleukin 10, a Treg cytokine; anti-inflammatory.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP530-datanodes.tsv</li>
     * <li>axis: https://gutpathogens.biomedcentral.com/articles/10.1186/s13099-015-0076-y/tables/1 and https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * <li>class: https://pmc.ncbi.nlm.nih.gov/articles/PMC3119457 ("anti-inflammatory")</li>
     * </ul>
     */
    public static final Cytokine IL_10 = new Cytokine(
            "IL-10",
            List.of(),
            List.of(Gene.of("IL10", 3586)),
            Optional.of(InflammatoryClass.ANTI_INFLAMMATORY),
            List.of(Axis.producedBy(Lineage.TREG)));

    /**
     * Transforming growth factor beta 1, a Treg cytokine that also induces Th17; regulatory.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP530-datanodes.tsv</li>
     * <li>axis and class: https://explorationpub.com/Journals/Tables/1003134/t1</li>
     * </ul>
     */
    public static final Cytokine TGF_BETA_1 = new Cytokine(
            "TGF-β1",
            List.of(),
            List.of(Gene.of("TGFB1", 7040)),
            Optional.of(InflammatoryClass.REGULATORY),
            List.of(Axis.producedBy(Lineage.TREG), Axis.drives(Lineage.TH17)));

    /**
     * Interleukin 35, two chains: IL12A (p35) and EBI3; derived from Treg and Breg cells; anti-inflammatory (suppressive). No source read gives the NCBI Gene ID of EBI3.
     *
     * <p>Sources:
     * <ul>
     * <li>chains and class: https://en.wikipedia.org/wiki/Interleukin_35 and https://www.rndsystems.com/research-area/il--12-family</li>
     * <li>IL12A gene ID: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4494-datanodes.tsv</li>
     * </ul>
     */
    public static final Cytokine IL_35 = new Cytokine(
            "IL-35",
            List.of(),
            List.of(Gene.of("IL12A", 3592), Gene.of("EBI3")),
            Optional.of(InflammatoryClass.ANTI_INFLAMMATORY),
            List.of(Axis.producedBy(Lineage.TREG), Axis.producedBy(Lineage.BREG)));

    /**
     * Interleukin 27, two chains: IL27 (p28) and EBI3. No axis or class label is bundled.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: PFOCR gene tables, https://raw.githubusercontent.com/wikipathways/pfocr-database/main/_data/ (PMC10298332__genes-14-01261-g006-genes.tsv, PMC10917885__fimmu-15-1322054-g001-genes.tsv, PMC10299676__ijms-24-10290-g001-genes.tsv)</li>
     * <li>chains: https://www.rndsystems.com/research-area/il--12-family</li>
     * </ul>
     */
    public static final Cytokine IL_27 = new Cytokine(
            "IL-27",
            List.of(),
            List.of(Gene.of("IL27", 246778), Gene.of("EBI3")),
            Optional.empty(),
            List.of());

    /**
     * Interleukin 8, the chemokine CXCL8 (WikiPathways label "IL8"). Its class label is unverified and not bundled.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4891-datanodes.tsv</li>
     * </ul>
     */
    public static final Cytokine IL_8 = new Cytokine(
            "IL-8",
            List.of("IL8", "CXCL8"),
            List.of(Gene.of("CXCL8", 3576)),
            Optional.empty(),
            List.of());

    /**
     * The chemokine CXCL10 (IP-10). Its class label is unverified and not bundled.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4891-datanodes.tsv</li>
     * </ul>
     */
    public static final Cytokine CXCL10 = new Cytokine(
            "CXCL10",
            List.of("IP-10"),
            List.of(Gene.of("CXCL10", 3627)),
            Optional.empty(),
            List.of());

    /**
     * The chemokine CCL2 (MCP-1). Its class label is unverified and not bundled.
     *
     * <p>Sources:
     * <ul>
     * <li>gene: https://raw.githubusercontent.com/wikipathways/wikipathways.github.io/main/_data/WP4891-datanodes.tsv</li>
     * </ul>
     */
    public static final Cytokine CCL2 = new Cytokine(
            "CCL2",
            List.of("MCP-1"),
            List.of(Gene.of("CCL2", 6347)),
            Optional.empty(),
            List.of());

    /** All cytokines of this class, in declaration order. */
    public static List<Cytokine> all() {
        return List.of(IFN_GAMMA,
                TNF_ALPHA,
                IL_2,
                IL_12,
                IL_4,
                IL_5,
                IL_13,
                IL_17A,
                IL_17F,
                IL_22,
                IL_23,
                GM_CSF,
                IL_6,
                IL_1_BETA,
                IL_10,
                TGF_BETA_1,
                IL_35,
                IL_27,
                IL_8,
                CXCL10,
                CCL2);
    }
}
