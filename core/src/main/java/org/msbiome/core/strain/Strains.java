package org.msbiome.core.strain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.DataResource;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.TaxonName;

/**
 * Well-known probiotic strains, loaded with the source of their deposit numbers from the bundled data
 * resource {@code org/msbiome/core/strain/strains.tsv}. Strains whose deposits no verified source gives
 * (such as <i>E. coli</i> Nissle 1917 or the VSL#3 strains) are not here.
 *
 * <p>A strain is filed under its current taxon; the name a maker puts on the label, when it differs
 * ("<i>B. lactis</i>", "<i>S. boulardii</i>"), is kept in the data resource and in the constant's name.
 *
 * @since 0.1.0
 */
public final class Strains {
    private static final DataResource DATA =
            DataResource.load(Strains.class, "strains.tsv", "taxon", "designation", "deposits", "source_name");
    private static final Map<String, Strain> VALUES = DATA.map(Strains::fromRow);
    private static final List<Strain> ALL = List.copyOf(VALUES.values());

    private Strains() {}

    /**
     * <i>Lacticaseibacillus rhamnosus</i> GG (LGG), ATCC 53103. Isolated in 1983 by Gorbach and Goldin;
     * first named "<i>Lactobacillus acidophilus</i> GG" (https://en-academic.com/dic.nsf/enwiki/1486188).
     * Deposit: openFDA UNII 4VNZ1M3QXY (https://api.fda.gov/other/substance.json?search=unii:4VNZ1M3QXY).
     *
     * <p>Sources: row {@code LACTICASEIBACILLUS_RHAMNOSUS_GG} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain LACTICASEIBACILLUS_RHAMNOSUS_GG = DATA.get(VALUES, "LACTICASEIBACILLUS_RHAMNOSUS_GG");

    /**
     * CNCM I-745 (Biocodex), sold as "<i>Saccharomyces boulardii</i>": the maker's name for
     * <i>Saccharomyces cerevisiae</i> (var. <i>boulardii</i>; the maker: "belongs to the <i>S. cerevisiae</i>
     * family"). Filed under the species <i>Saccharomyces cerevisiae</i>, since a {@code TaxonName} has no
     * variety; no NCBI Taxonomy ID, none verified.
     *
     * <p>Sources: row {@code SACCHAROMYCES_BOULARDII_CNCM_I_745} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain SACCHAROMYCES_BOULARDII_CNCM_I_745 =
            DATA.get(VALUES, "SACCHAROMYCES_BOULARDII_CNCM_I_745");

    /**
     * <i>Lacticaseibacillus paracasei</i> DSM 13434, used in EAE by Lavasani et al. 2010, PLoS ONE
     * 5(2):e9009, doi:10.1371/journal.pone.0009009, PMID 20126401.
     *
     * <p>Sources: row {@code LACTICASEIBACILLUS_PARACASEI_DSM_13434} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain LACTICASEIBACILLUS_PARACASEI_DSM_13434 =
            DATA.get(VALUES, "LACTICASEIBACILLUS_PARACASEI_DSM_13434");

    /**
     * <i>Lactiplantibacillus plantarum</i> DSM 15312, used in EAE by Lavasani et al. 2010,
     * doi:10.1371/journal.pone.0009009, PMID 20126401.
     *
     * <p>Sources: row {@code LACTIPLANTIBACILLUS_PLANTARUM_DSM_15312} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain LACTIPLANTIBACILLUS_PLANTARUM_DSM_15312 =
            DATA.get(VALUES, "LACTIPLANTIBACILLUS_PLANTARUM_DSM_15312");

    /**
     * <i>Lactiplantibacillus plantarum</i> DSM 15313, used in EAE by Lavasani et al. 2010,
     * doi:10.1371/journal.pone.0009009, PMID 20126401.
     *
     * <p>Sources: row {@code LACTIPLANTIBACILLUS_PLANTARUM_DSM_15313} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain LACTIPLANTIBACILLUS_PLANTARUM_DSM_15313 =
            DATA.get(VALUES, "LACTIPLANTIBACILLUS_PLANTARUM_DSM_15313");

    /**
     * <i>Lactobacillus acidophilus</i> LA02, DSM 21717 (J Clin Pathol table).
     *
     * <p>Sources: row {@code LACTOBACILLUS_ACIDOPHILUS_LA02} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain LACTOBACILLUS_ACIDOPHILUS_LA02 = DATA.get(VALUES, "LACTOBACILLUS_ACIDOPHILUS_LA02");

    /**
     * <i>Lacticaseibacillus rhamnosus</i> LR04, DSM 16605 (J Clin Pathol table; the source
     * writes <i>L. rhamnosus</i>).
     *
     * <p>Sources: row {@code LACTICASEIBACILLUS_RHAMNOSUS_LR04} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain LACTICASEIBACILLUS_RHAMNOSUS_LR04 =
            DATA.get(VALUES, "LACTICASEIBACILLUS_RHAMNOSUS_LR04");

    /**
     * <i>Lacticaseibacillus rhamnosus</i> LR06, DSM 21981 (J Clin Pathol table; the source
     * writes <i>L. rhamnosus</i>).
     *
     * <p>Sources: row {@code LACTICASEIBACILLUS_RHAMNOSUS_LR06} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain LACTICASEIBACILLUS_RHAMNOSUS_LR06 =
            DATA.get(VALUES, "LACTICASEIBACILLUS_RHAMNOSUS_LR06");

    /**
     * <i>Bifidobacterium animalis</i> subsp. <i>lactis</i> BS01, LMG P-21384 (J Clin Pathol table), sold and
     * listed by the source as "<i>B. lactis</i>", a name reclassified as <i>B. animalis</i> subsp. <i>lactis</i>
     * by Masco et al. 2004 (Int J Syst Evol Microbiol 54:1137–1143, doi:10.1099/ijs.0.03011-0). No NCBI
     * Taxonomy ID: none verified for the subspecies.
     *
     * <p>Sources: row {@code BIFIDOBACTERIUM_LACTIS_BS01} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain BIFIDOBACTERIUM_LACTIS_BS01 = DATA.get(VALUES, "BIFIDOBACTERIUM_LACTIS_BS01");

    /**
     * <i>Lactiplantibacillus plantarum</i> LP01, LMG P-21021 (J Clin Pathol table; the
     * source writes <i>L. plantarum</i>).
     *
     * <p>Sources: row {@code LACTIPLANTIBACILLUS_PLANTARUM_LP01} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain LACTIPLANTIBACILLUS_PLANTARUM_LP01 =
            DATA.get(VALUES, "LACTIPLANTIBACILLUS_PLANTARUM_LP01");

    /**
     * <i>Bifidobacterium breve</i> BR03, DSM 16604 (J Clin Pathol table).
     *
     * <p>Sources: row {@code BIFIDOBACTERIUM_BREVE_BR03} of {@code strains.tsv}.
     *
     * @since 0.1.0
     */
    public static final Strain BIFIDOBACTERIUM_BREVE_BR03 = DATA.get(VALUES, "BIFIDOBACTERIUM_BREVE_BR03");

    /**
     * All well-known strains, in the order above (the order of the data resource).
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

    private static Strain fromRow(DataResource.Row row) {
        List<Deposit> deposits = row.list("deposits").stream().map(Deposit::parse).toList();
        Taxon taxon = Taxon.of(TaxonName.parse(row.text("taxon")));
        return new Strain(taxon, row.optional("designation"), deposits);
    }
}
