package org.msbiome.core.strain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.taxonomy.Taxa;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.TaxonName;

/**
 * Well-known probiotic strains, each with the source of its deposit numbers. Strains whose deposits no
 * verified source gives (such as <i>E. coli</i> Nissle 1917 or the VSL#3 strains) are not here.
 *
 * @since 0.1.0
 */
public final class Strains {
    private Strains() {}

    private static final String JCP = "https://jcp.bmj.com/highwire/markup/171860/expansion";

    /**
     * <i>Lacticaseibacillus rhamnosus</i> GG (LGG), ATCC 53103. Isolated in 1983 by Gorbach and Goldin;
     * first named "<i>Lactobacillus acidophilus</i> GG" (https://en-academic.com/dic.nsf/enwiki/1486188).
     * Deposit: openFDA UNII 4VNZ1M3QXY (https://api.fda.gov/other/substance.json?search=unii:4VNZ1M3QXY).
     *
     * @since 0.1.0
     */
    public static final Strain LACTICASEIBACILLUS_RHAMNOSUS_GG =
            Strain.of(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, "GG", Deposit.of(CultureCollections.ATCC, "53103"));

    /**
     * <i>Saccharomyces boulardii</i> CNCM I-745 (Biocodex), named as its maker names it
     * (https://be.enterol.com/fr/pd-saccharomyces-boulardii-cncm-i-745.html). No NCBI Taxonomy ID: none
     * verified.
     *
     * @since 0.1.0
     */
    public static final Strain SACCHAROMYCES_BOULARDII_CNCM_I_745 = Strain.ofDeposits(
            Taxon.of(TaxonName.of("Saccharomyces", "boulardii")), Deposit.of(CultureCollections.CNCM, "I-745"));

    /**
     * <i>Lacticaseibacillus paracasei</i> DSM 13434, used in EAE by Lavasani et al. 2010, PLoS ONE
     * 5(2):e9009, doi:10.1371/journal.pone.0009009, PMID 20126401.
     *
     * @since 0.1.0
     */
    public static final Strain LACTICASEIBACILLUS_PARACASEI_DSM_13434 =
            Strain.ofDeposits(Taxa.LACTICASEIBACILLUS_PARACASEI, Deposit.of(CultureCollections.DSM, "13434"));

    /**
     * <i>Lactiplantibacillus plantarum</i> DSM 15312, used in EAE by Lavasani et al. 2010,
     * doi:10.1371/journal.pone.0009009, PMID 20126401.
     *
     * @since 0.1.0
     */
    public static final Strain LACTIPLANTIBACILLUS_PLANTARUM_DSM_15312 =
            Strain.ofDeposits(Taxa.LACTIPLANTIBACILLUS_PLANTARUM, Deposit.of(CultureCollections.DSM, "15312"));

    /**
     * <i>Lactiplantibacillus plantarum</i> DSM 15313, used in EAE by Lavasani et al. 2010,
     * doi:10.1371/journal.pone.0009009, PMID 20126401.
     *
     * @since 0.1.0
     */
    public static final Strain LACTIPLANTIBACILLUS_PLANTARUM_DSM_15313 =
            Strain.ofDeposits(Taxa.LACTIPLANTIBACILLUS_PLANTARUM, Deposit.of(CultureCollections.DSM, "15313"));

    /**
     * <i>Lactobacillus acidophilus</i> LA02, DSM 21717 (J Clin Pathol table, {@value #JCP}).
     *
     * @since 0.1.0
     */
    public static final Strain LACTOBACILLUS_ACIDOPHILUS_LA02 =
            Strain.of(Taxa.LACTOBACILLUS_ACIDOPHILUS, "LA02", Deposit.of(CultureCollections.DSM, "21717"));

    /**
     * <i>Lacticaseibacillus rhamnosus</i> LR04, DSM 16605 (J Clin Pathol table, {@value #JCP}; the source
     * writes <i>L. rhamnosus</i>).
     *
     * @since 0.1.0
     */
    public static final Strain LACTICASEIBACILLUS_RHAMNOSUS_LR04 =
            Strain.of(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, "LR04", Deposit.of(CultureCollections.DSM, "16605"));

    /**
     * <i>Lacticaseibacillus rhamnosus</i> LR06, DSM 21981 (J Clin Pathol table, {@value #JCP}; the source
     * writes <i>L. rhamnosus</i>).
     *
     * @since 0.1.0
     */
    public static final Strain LACTICASEIBACILLUS_RHAMNOSUS_LR06 =
            Strain.of(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, "LR06", Deposit.of(CultureCollections.DSM, "21981"));

    /**
     * "<i>Bifidobacterium lactis</i>" BS01, LMG P-21384 (J Clin Pathol table, {@value #JCP}), named as the
     * source writes it ("B. lactis"). No NCBI Taxonomy ID: none verified for this name.
     *
     * @since 0.1.0
     */
    public static final Strain BIFIDOBACTERIUM_LACTIS_BS01 = Strain.of(
            Taxon.of(TaxonName.of("Bifidobacterium", "lactis")), "BS01", Deposit.of(CultureCollections.LMG, "P-21384"));

    /**
     * <i>Lactiplantibacillus plantarum</i> LP01, LMG P-21021 (J Clin Pathol table, {@value #JCP}; the
     * source writes <i>L. plantarum</i>).
     *
     * @since 0.1.0
     */
    public static final Strain LACTIPLANTIBACILLUS_PLANTARUM_LP01 =
            Strain.of(Taxa.LACTIPLANTIBACILLUS_PLANTARUM, "LP01", Deposit.of(CultureCollections.LMG, "P-21021"));

    /**
     * <i>Bifidobacterium breve</i> BR03, DSM 16604 (J Clin Pathol table, {@value #JCP}).
     *
     * @since 0.1.0
     */
    public static final Strain BIFIDOBACTERIUM_BREVE_BR03 =
            Strain.of(Taxa.BIFIDOBACTERIUM_BREVE, "BR03", Deposit.of(CultureCollections.DSM, "16604"));

    private static final List<Strain> ALL = List.of(
            LACTICASEIBACILLUS_RHAMNOSUS_GG,
            SACCHAROMYCES_BOULARDII_CNCM_I_745,
            LACTICASEIBACILLUS_PARACASEI_DSM_13434,
            LACTIPLANTIBACILLUS_PLANTARUM_DSM_15312,
            LACTIPLANTIBACILLUS_PLANTARUM_DSM_15313,
            LACTOBACILLUS_ACIDOPHILUS_LA02,
            LACTICASEIBACILLUS_RHAMNOSUS_LR04,
            LACTICASEIBACILLUS_RHAMNOSUS_LR06,
            BIFIDOBACTERIUM_LACTIS_BS01,
            LACTIPLANTIBACILLUS_PLANTARUM_LP01,
            BIFIDOBACTERIUM_BREVE_BR03);

    /**
     * All well-known strains, in the order above.
     *
     * @return the strains
     */
    public static List<Strain> all() {
        return ALL;
    }

    /**
     * The well-known strain that is {@linkplain Strain#isSameStrainAs(Strain) the same strain} as the one
     * given, e.g. the strain parsed from "ATCC53103".
     *
     * @param strain a strain
     * @return the well-known strain, or empty if none matches
     * @throws NullPointerException if {@code strain} is null
     */
    public static Optional<Strain> lookup(Strain strain) {
        Objects.requireNonNull(strain, "strain");
        return ALL.stream().filter(s -> s.isSameStrainAs(strain)).findFirst();
    }
}
