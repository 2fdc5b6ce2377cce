package org.msbiome.core.taxonomy;

/**
 * Well-known taxa, under their current names, with the NCBI Taxonomy IDs that msbiome has verified
 * (an ID is absent where no verified source gave one). Each constant names its sources.
 *
 * <p>Compare taxa with {@link Taxon#equals(Object)}; a taxon parsed from a former name equals the
 * constant: {@code Taxon.parse("Lactobacillus rhamnosus").equals(LACTICASEIBACILLUS_RHAMNOSUS)}.
 *
 * @since 0.1.0
 */
public final class Taxa {
    private Taxa() {}

    /**
     * <i>Lacticaseibacillus rhamnosus</i>. Formerly "Lactobacillus rhamnosus" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}; NCBI taxdump 2021-12-06
     * (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}). NCBI Taxonomy ID 47715:
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile});
     * NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}); openFDA substance record UNII 9601IVB87J
     * (https://api.fda.gov/other/substance.json?search=unii:9601IVB87J).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTICASEIBACILLUS_RHAMNOSUS =
            Taxon.of(TaxonName.of("Lacticaseibacillus", "rhamnosus"));

    /**
     * <i>Lacticaseibacillus casei</i>. Formerly "Lactobacillus casei" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}. NCBI Taxonomy ID 1582: openFDA
     * substance record UNII SA940P2U00 (https://api.fda.gov/other/substance.json?search=unii:SA940P2U00).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTICASEIBACILLUS_CASEI =
            Taxon.of(TaxonName.of("Lacticaseibacillus", "casei"));

    /**
     * <i>Lacticaseibacillus paracasei</i>. Formerly "Lactobacillus paracasei" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}. No NCBI Taxonomy ID bundled: none
     * verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTICASEIBACILLUS_PARACASEI =
            Taxon.of(TaxonName.of("Lacticaseibacillus", "paracasei"));

    /**
     * <i>Lactiplantibacillus plantarum</i>. Formerly "Lactobacillus plantarum" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}; NCBI taxdump 2021-12-06
     * (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}). NCBI Taxonomy ID 1590:
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile});
     * NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTIPLANTIBACILLUS_PLANTARUM =
            Taxon.of(TaxonName.of("Lactiplantibacillus", "plantarum"));

    /**
     * <i>Lactiplantibacillus pentosus</i>. Formerly "Lactobacillus pentosus" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by repository SWittouck/lacto_genera, {@code
     * data/table_S2_genomes.csv}. No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTIPLANTIBACILLUS_PENTOSUS =
            Taxon.of(TaxonName.of("Lactiplantibacillus", "pentosus"));

    /**
     * <i>Limosilactobacillus reuteri</i>. Formerly "Lactobacillus reuteri" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}; NCBI taxdump 2021-12-06
     * (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}). NCBI Taxonomy ID 1598:
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile});
     * NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LIMOSILACTOBACILLUS_REUTERI =
            Taxon.of(TaxonName.of("Limosilactobacillus", "reuteri"));

    /**
     * <i>Limosilactobacillus fermentum</i>. Formerly "Lactobacillus fermentum" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}. NCBI Taxonomy ID 1613: NCBI
     * Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LIMOSILACTOBACILLUS_FERMENTUM =
            Taxon.of(TaxonName.of("Limosilactobacillus", "fermentum"));

    /**
     * <i>Ligilactobacillus salivarius</i>. Formerly "Lactobacillus salivarius" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}; NCBI taxdump 2021-12-06
     * (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}). NCBI Taxonomy ID 1624:
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile});
     * NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}); openFDA substance record UNII 7A4S6N2EG2
     * (https://api.fda.gov/other/substance.json?search=unii:7A4S6N2EG2).
     *
     * @since 0.1.0
     */
    public static final Taxon LIGILACTOBACILLUS_SALIVARIUS =
            Taxon.of(TaxonName.of("Ligilactobacillus", "salivarius"));

    /**
     * <i>Levilactobacillus brevis</i>. Formerly "Lactobacillus brevis" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}; NCBI taxdump 2021-12-06
     * (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}). NCBI Taxonomy ID 1580:
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile});
     * NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LEVILACTOBACILLUS_BREVIS =
            Taxon.of(TaxonName.of("Levilactobacillus", "brevis"));

    /**
     * <i>Latilactobacillus sakei</i>. Formerly "Lactobacillus sakei" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LATILACTOBACILLUS_SAKEI = Taxon.of(TaxonName.of("Latilactobacillus", "sakei"));

    /**
     * <i>Limosilactobacillus mucosae</i>. Formerly "Lactobacillus mucosae" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LIMOSILACTOBACILLUS_MUCOSAE =
            Taxon.of(TaxonName.of("Limosilactobacillus", "mucosae"));

    /**
     * <i>Limosilactobacillus vaginalis</i>. Formerly "Lactobacillus vaginalis" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LIMOSILACTOBACILLUS_VAGINALIS =
            Taxon.of(TaxonName.of("Limosilactobacillus", "vaginalis"));

    /**
     * <i>Ligilactobacillus ruminis</i>. Formerly "Lactobacillus ruminis" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LIGILACTOBACILLUS_RUMINIS =
            Taxon.of(TaxonName.of("Ligilactobacillus", "ruminis"));

    /**
     * <i>Ligilactobacillus animalis</i>. Formerly "Lactobacillus animalis" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LIGILACTOBACILLUS_ANIMALIS =
            Taxon.of(TaxonName.of("Ligilactobacillus", "animalis"));

    /**
     * <i>Lentilactobacillus kefiri</i>. Formerly "Lactobacillus kefiri" (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107); the new name as listed by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}. No NCBI Taxonomy ID bundled: none
     * verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LENTILACTOBACILLUS_KEFIRI =
            Taxon.of(TaxonName.of("Lentilactobacillus", "kefiri"));

    /**
     * <i>Lactobacillus acidophilus</i>. Not moved by Zheng et al. 2020, doi:10.1099/ijsem.0.004107 (Optibac's
     * list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}). NCBI Taxonomy ID 1579: NCBI
     * Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_ACIDOPHILUS =
            Taxon.of(TaxonName.of("Lactobacillus", "acidophilus"));

    /**
     * <i>Lactobacillus helveticus</i>. Not moved by Zheng et al. 2020, doi:10.1099/ijsem.0.004107 (Optibac's
     * list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}). NCBI Taxonomy ID 1587: NCBI
     * Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_HELVETICUS =
            Taxon.of(TaxonName.of("Lactobacillus", "helveticus"));

    /**
     * <i>Lactobacillus gasseri</i>. Not moved by Zheng et al. 2020, doi:10.1099/ijsem.0.004107 (Optibac's
     * list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}). NCBI Taxonomy ID 1596: NCBI
     * Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_GASSERI = Taxon.of(TaxonName.of("Lactobacillus", "gasseri"));

    /**
     * <i>Lactobacillus johnsonii</i>. Not moved by Zheng et al. 2020, doi:10.1099/ijsem.0.004107 (Optibac's
     * list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}). NCBI Taxonomy ID 33959: NCBI
     * Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_JOHNSONII = Taxon.of(TaxonName.of("Lactobacillus", "johnsonii"));

    /**
     * <i>Lactobacillus crispatus</i>. Not moved by Zheng et al. 2020, doi:10.1099/ijsem.0.004107 (Optibac's
     * list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}; NCBI taxdump 2021-12-06
     * (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile})). NCBI Taxonomy ID 47770:
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile});
     * NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_CRISPATUS = Taxon.of(TaxonName.of("Lactobacillus", "crispatus"));

    /**
     * <i>Lactobacillus iners</i>. Not moved by Zheng et al. 2020, doi:10.1099/ijsem.0.004107 (Optibac's list
     * of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names)).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_INERS = Taxon.of(TaxonName.of("Lactobacillus", "iners"));

    /**
     * <i>Lactobacillus jensenii</i>. Not moved by Zheng et al. 2020, doi:10.1099/ijsem.0.004107 (Optibac's
     * list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile})).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_JENSENII = Taxon.of(TaxonName.of("Lactobacillus", "jensenii"));

    /**
     * <i>Lactobacillus delbrueckii</i>. Not moved by Zheng et al. 2020, doi:10.1099/ijsem.0.004107 (Optibac's
     * list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names);
     * repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv}; NCBI taxdump 2021-12-06
     * (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile})). NCBI Taxonomy ID 1584:
     * NCBI taxdump 2021-12-06 (repository shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile});
     * NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code
     * data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_DELBRUECKII =
            Taxon.of(TaxonName.of("Lactobacillus", "delbrueckii"));

    /**
     * <i>Lactobacillus delbrueckii</i> subsp. <i>bulgaricus</i>. Formerly "Lactobacillus bulgaricus" (listed
     * by Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names)).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_DELBRUECKII_BULGARICUS =
            Taxon.of(TaxonName.of("Lactobacillus", "delbrueckii", "bulgaricus"));

    /**
     * <i>Lactobacillus delbrueckii</i> subsp. <i>lactis</i>. Formerly "Lactobacillus lactis" (listed by
     * Optibac's list of new names
     * (https://wrn-opt-live-web-fde-fub8cgb9d0gvageb.a01.azurefd.net/us/learn/lifestyle/dr-kate-on-new-lactobacillus-names)).
     * No NCBI Taxonomy ID bundled: none verified.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_DELBRUECKII_LACTIS =
            Taxon.of(TaxonName.of("Lactobacillus", "delbrueckii", "lactis"));

    /**
     * <i>Pediococcus acidilactici</i>. NCBI Taxonomy ID 1254: NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2
     * (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon PEDIOCOCCUS_ACIDILACTICI =
            Taxon.of(TaxonName.of("Pediococcus", "acidilactici"));

    /**
     * <i>Streptococcus thermophilus</i>. NCBI Taxonomy ID 1308: NCBI Taxonomy of 8 Jan 2019 used by mOTUs
     * 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon STREPTOCOCCUS_THERMOPHILUS =
            Taxon.of(TaxonName.of("Streptococcus", "thermophilus"));

    /**
     * <i>Lactococcus lactis</i>. NCBI Taxonomy ID 1358: NCBI taxdump 2021-12-06 (repository
     * shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}); NCBI Taxonomy of 8 Jan 2019 used by
     * mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOCOCCUS_LACTIS = Taxon.of(TaxonName.of("Lactococcus", "lactis"));

    /**
     * <i>Bifidobacterium longum</i>. NCBI Taxonomy ID 216816: NCBI taxdump 2021-12-06 (repository
     * shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}); NCBI Taxonomy of 8 Jan 2019 used by
     * mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_LONGUM = Taxon.of(TaxonName.of("Bifidobacterium", "longum"));

    /**
     * <i>Bifidobacterium breve</i>. NCBI Taxonomy ID 1685: NCBI taxdump 2021-12-06 (repository
     * shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}); NCBI Taxonomy of 8 Jan 2019 used by
     * mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_BREVE = Taxon.of(TaxonName.of("Bifidobacterium", "breve"));

    /**
     * <i>Bifidobacterium bifidum</i>. NCBI Taxonomy ID 1681: NCBI taxdump 2021-12-06 (repository
     * shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}); NCBI Taxonomy of 8 Jan 2019 used by
     * mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_BIFIDUM = Taxon.of(TaxonName.of("Bifidobacterium", "bifidum"));

    /**
     * <i>Bifidobacterium animalis</i>. NCBI Taxonomy ID 28025: NCBI taxdump 2021-12-06 (repository
     * shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}); NCBI Taxonomy of 8 Jan 2019 used by
     * mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_ANIMALIS =
            Taxon.of(TaxonName.of("Bifidobacterium", "animalis"));

    /**
     * <i>Bifidobacterium adolescentis</i>. NCBI Taxonomy ID 1680: NCBI taxdump 2021-12-06 (repository
     * shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}); NCBI Taxonomy of 8 Jan 2019 used by
     * mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_ADOLESCENTIS =
            Taxon.of(TaxonName.of("Bifidobacterium", "adolescentis"));

    /**
     * <i>Bacteroides fragilis</i>. NCBI Taxonomy ID 817: NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2
     * (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon BACTEROIDES_FRAGILIS = Taxon.of(TaxonName.of("Bacteroides", "fragilis"));

    /**
     * <i>Prevotella histicola</i>. NCBI Taxonomy ID 470565: NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2
     * (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon PREVOTELLA_HISTICOLA = Taxon.of(TaxonName.of("Prevotella", "histicola"));

    /**
     * <i>Akkermansia muciniphila</i>. NCBI Taxonomy ID 239935: NCBI taxdump 2021-12-06 (repository
     * shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}); NCBI Taxonomy of 8 Jan 2019 used by
     * mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon AKKERMANSIA_MUCINIPHILA = Taxon.of(TaxonName.of("Akkermansia", "muciniphila"));

    /**
     * <i>Faecalibacterium prausnitzii</i>. NCBI Taxonomy ID 853: NCBI taxdump 2021-12-06 (repository
     * shenwei356/sun2021-cami-profiles, {@code sequence_abd/*.profile}); NCBI Taxonomy of 8 Jan 2019 used by
     * mOTUs 3.0.2 (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon FAECALIBACTERIUM_PRAUSNITZII =
            Taxon.of(TaxonName.of("Faecalibacterium", "prausnitzii"));

    /**
     * <i>Escherichia coli</i>. NCBI Taxonomy ID 562: NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2
     * (repository KoslickiLab/L2-UniFrac-Paper, {@code data/adenoma_266076/profiles/*.profile}).
     *
     * @since 0.1.0
     */
    public static final Taxon ESCHERICHIA_COLI = Taxon.of(TaxonName.of("Escherichia", "coli"));
}
