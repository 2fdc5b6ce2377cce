package org.msbiome.core.immune;

import java.util.List;
import java.util.Optional;

/**
 * Well-known biomarkers other than cytokines and cell populations, as reported in probiotic trials in
 * MS. Each constant names its source. Gene symbols are given only where a source gives them: the gene
 * symbol of CRP is unverified and therefore absent.
 *
 * @since 0.1.0
 */
public final class Biomarkers {
    private Biomarkers() {}

    /**
     * High-sensitivity C-reactive protein, an inflammatory marker (reported in μg/mL by Kouchaki 2017).
     *
     * <p>Sources: Kouchaki E et al. 2017, Clin Nutr 36(5):1245–1249, DOI 10.1016/j.clnu.2016.08.015,
     * PMID 27669638; Motlagh Asghari K et al. 2023, Sci Rep 13:18577, DOI 10.1038/s41598-023-46047-6.
     */
    public static final Biomarker HS_CRP = new Biomarker("hs-CRP", List.of(), Optional.empty());

    /**
     * C-reactive protein, as reported without "high-sensitivity".
     *
     * <p>Source: Rahimlou M et al. 2022, Front Neurosci 16:901846, DOI 10.3389/fnins.2022.901846.
     */
    public static final Biomarker CRP = new Biomarker("CRP", List.of(), Optional.empty());

    /**
     * Nitric oxide.
     *
     * <p>Sources: Kouchaki 2017 (DOI 10.1016/j.clnu.2016.08.015); Salami 2019, J Funct Foods 52:8–13,
     * DOI 10.1016/j.jff.2018.10.023.
     */
    public static final Biomarker NITRIC_OXIDE = new Biomarker("nitric oxide", List.of("NO"), Optional.empty());

    /**
     * Malondialdehyde, a marker of oxidative stress.
     *
     * <p>Sources: Kouchaki 2017 (DOI 10.1016/j.clnu.2016.08.015); Motlagh Asghari 2023
     * (DOI 10.1038/s41598-023-46047-6).
     */
    public static final Biomarker MALONDIALDEHYDE =
            new Biomarker("malondialdehyde", List.of("MDA"), Optional.empty());

    /**
     * Total antioxidant capacity.
     *
     * <p>Source: Motlagh Asghari 2023 (DOI 10.1038/s41598-023-46047-6).
     */
    public static final Biomarker TOTAL_ANTIOXIDANT_CAPACITY =
            new Biomarker("total antioxidant capacity", List.of("TAC"), Optional.empty());

    /**
     * Brain-derived neurotrophic factor.
     *
     * <p>Source: Rahimlou M 2022, Nutr Neurosci 25(2):411–422 (online 2020), DOI 10.1080/1028415X.2020.1758887
     * (BDNF up on a multi-strain probiotic).
     */
    public static final Biomarker BDNF = new Biomarker("BDNF", List.of(), Optional.empty());

    /**
     * Insulin (reported in μIU/mL by Kouchaki 2017).
     *
     * <p>Source: Kouchaki 2017 (DOI 10.1016/j.clnu.2016.08.015).
     */
    public static final Biomarker INSULIN = new Biomarker("insulin", List.of(), Optional.empty());

    /**
     * FOXP3, the transcription factor of regulatory T cells (also measured as its expression).
     *
     * <p>Sources: gene ID: PFOCR,
     * https://raw.githubusercontent.com/wikipathways/pfocr-database/main/_data/PMC3230686__nihms318641f3-genes.tsv;
     * lineage: https://explorationpub.com/Journals/Tables/1003134/t1; reported by Rahimlou 2022
     * (DOI 10.3389/fnins.2022.901846).
     */
    public static final Biomarker FOXP3 = new Biomarker("FOXP3", List.of(), Optional.of(Gene.of("FOXP3", 50943)));

    /**
     * T-bet, the transcription factor of Th1 cells.
     *
     * <p>Sources: as {@link #FOXP3}.
     */
    public static final Biomarker T_BET = new Biomarker("T-bet", List.of(), Optional.of(Gene.of("TBX21", 30009)));

    /**
     * RORγt, the transcription factor of Th17 cells.
     *
     * <p>Sources: as {@link #FOXP3}.
     */
    public static final Biomarker ROR_GAMMA_T = new Biomarker("RORγt", List.of(), Optional.of(Gene.of("RORC", 6097)));

    /** All biomarkers of this class, in declaration order. */
    public static List<Biomarker> all() {
        return List.of(HS_CRP, CRP, NITRIC_OXIDE, MALONDIALDEHYDE, TOTAL_ANTIOXIDANT_CAPACITY, BDNF, INSULIN, FOXP3,
                T_BET, ROR_GAMMA_T);
    }
}
