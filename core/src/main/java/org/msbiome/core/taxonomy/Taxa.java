package org.msbiome.core.taxonomy;

/**
 * Well-known taxa, under their current names in the bundled snapshot ({@link Taxonomy#bundled()},
 * {@code msbiome-taxonomy 2026.1}), each with its NCBI Taxonomy ID where the snapshot has one. The names, IDs
 * and the sources of each are data: {@code org/msbiome/core/taxonomy/names.tsv} and {@code taxa.tsv}, every
 * row naming its sources; these constants are typed handles on those rows.
 *
 * <p>Compare taxa with {@link Taxon#equals(Object)}; a taxon parsed from a former name equals the
 * constant: {@code Taxon.parse("Lactobacillus rhamnosus").equals(LACTICASEIBACILLUS_RHAMNOSUS)}.
 *
 * @since 0.1.0
 */
public final class Taxa {
    private Taxa() {}

    /**
     * <i>Lacticaseibacillus rhamnosus</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTICASEIBACILLUS_RHAMNOSUS = Taxon.of(TaxonName.of("Lacticaseibacillus", "rhamnosus"));

    /**
     * <i>Lacticaseibacillus casei</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTICASEIBACILLUS_CASEI = Taxon.of(TaxonName.of("Lacticaseibacillus", "casei"));

    /**
     * <i>Lacticaseibacillus paracasei</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTICASEIBACILLUS_PARACASEI = Taxon.of(TaxonName.of("Lacticaseibacillus", "paracasei"));

    /**
     * <i>Lactiplantibacillus plantarum</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTIPLANTIBACILLUS_PLANTARUM = Taxon.of(TaxonName.of("Lactiplantibacillus", "plantarum"));

    /**
     * <i>Lactiplantibacillus pentosus</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTIPLANTIBACILLUS_PENTOSUS = Taxon.of(TaxonName.of("Lactiplantibacillus", "pentosus"));

    /**
     * <i>Limosilactobacillus reuteri</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LIMOSILACTOBACILLUS_REUTERI = Taxon.of(TaxonName.of("Limosilactobacillus", "reuteri"));

    /**
     * <i>Limosilactobacillus fermentum</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LIMOSILACTOBACILLUS_FERMENTUM = Taxon.of(TaxonName.of("Limosilactobacillus", "fermentum"));

    /**
     * <i>Ligilactobacillus salivarius</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LIGILACTOBACILLUS_SALIVARIUS = Taxon.of(TaxonName.of("Ligilactobacillus", "salivarius"));

    /**
     * <i>Levilactobacillus brevis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LEVILACTOBACILLUS_BREVIS = Taxon.of(TaxonName.of("Levilactobacillus", "brevis"));

    /**
     * <i>Latilactobacillus sakei</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LATILACTOBACILLUS_SAKEI = Taxon.of(TaxonName.of("Latilactobacillus", "sakei"));

    /**
     * <i>Limosilactobacillus mucosae</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LIMOSILACTOBACILLUS_MUCOSAE = Taxon.of(TaxonName.of("Limosilactobacillus", "mucosae"));

    /**
     * <i>Limosilactobacillus vaginalis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LIMOSILACTOBACILLUS_VAGINALIS = Taxon.of(TaxonName.of("Limosilactobacillus", "vaginalis"));

    /**
     * <i>Ligilactobacillus ruminis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LIGILACTOBACILLUS_RUMINIS = Taxon.of(TaxonName.of("Ligilactobacillus", "ruminis"));

    /**
     * <i>Ligilactobacillus animalis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LIGILACTOBACILLUS_ANIMALIS = Taxon.of(TaxonName.of("Ligilactobacillus", "animalis"));

    /**
     * <i>Lentilactobacillus kefiri</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LENTILACTOBACILLUS_KEFIRI = Taxon.of(TaxonName.of("Lentilactobacillus", "kefiri"));

    /**
     * <i>Lactobacillus acidophilus</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_ACIDOPHILUS = Taxon.of(TaxonName.of("Lactobacillus", "acidophilus"));

    /**
     * <i>Lactobacillus helveticus</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_HELVETICUS = Taxon.of(TaxonName.of("Lactobacillus", "helveticus"));

    /**
     * <i>Lactobacillus gasseri</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_GASSERI = Taxon.of(TaxonName.of("Lactobacillus", "gasseri"));

    /**
     * <i>Lactobacillus johnsonii</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_JOHNSONII = Taxon.of(TaxonName.of("Lactobacillus", "johnsonii"));

    /**
     * <i>Lactobacillus crispatus</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_CRISPATUS = Taxon.of(TaxonName.of("Lactobacillus", "crispatus"));

    /**
     * <i>Lactobacillus iners</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_INERS = Taxon.of(TaxonName.of("Lactobacillus", "iners"));

    /**
     * <i>Lactobacillus jensenii</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_JENSENII = Taxon.of(TaxonName.of("Lactobacillus", "jensenii"));

    /**
     * <i>Lactobacillus delbrueckii</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_DELBRUECKII = Taxon.of(TaxonName.of("Lactobacillus", "delbrueckii"));

    /**
     * <i>Lactobacillus delbrueckii subsp. bulgaricus</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_DELBRUECKII_BULGARICUS = Taxon.of(TaxonName.of("Lactobacillus", "delbrueckii", "bulgaricus"));

    /**
     * <i>Lactobacillus delbrueckii subsp. lactis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOBACILLUS_DELBRUECKII_LACTIS = Taxon.of(TaxonName.of("Lactobacillus", "delbrueckii", "lactis"));

    /**
     * <i>Pediococcus acidilactici</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon PEDIOCOCCUS_ACIDILACTICI = Taxon.of(TaxonName.of("Pediococcus", "acidilactici"));

    /**
     * <i>Streptococcus thermophilus</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon STREPTOCOCCUS_THERMOPHILUS = Taxon.of(TaxonName.of("Streptococcus", "thermophilus"));

    /**
     * <i>Lactococcus lactis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon LACTOCOCCUS_LACTIS = Taxon.of(TaxonName.of("Lactococcus", "lactis"));

    /**
     * <i>Bifidobacterium longum</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_LONGUM = Taxon.of(TaxonName.of("Bifidobacterium", "longum"));

    /**
     * <i>Bifidobacterium breve</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_BREVE = Taxon.of(TaxonName.of("Bifidobacterium", "breve"));

    /**
     * <i>Bifidobacterium bifidum</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_BIFIDUM = Taxon.of(TaxonName.of("Bifidobacterium", "bifidum"));

    /**
     * <i>Bifidobacterium animalis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_ANIMALIS = Taxon.of(TaxonName.of("Bifidobacterium", "animalis"));

    /**
     * <i>Bifidobacterium adolescentis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon BIFIDOBACTERIUM_ADOLESCENTIS = Taxon.of(TaxonName.of("Bifidobacterium", "adolescentis"));

    /**
     * <i>Bacteroides fragilis</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon BACTEROIDES_FRAGILIS = Taxon.of(TaxonName.of("Bacteroides", "fragilis"));

    /**
     * <i>Prevotella histicola</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon PREVOTELLA_HISTICOLA = Taxon.of(TaxonName.of("Prevotella", "histicola"));

    /**
     * <i>Akkermansia muciniphila</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon AKKERMANSIA_MUCINIPHILA = Taxon.of(TaxonName.of("Akkermansia", "muciniphila"));

    /**
     * <i>Faecalibacterium prausnitzii</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon FAECALIBACTERIUM_PRAUSNITZII = Taxon.of(TaxonName.of("Faecalibacterium", "prausnitzii"));

    /**
     * <i>Escherichia coli</i>.
     *
     * @since 0.1.0
     */
    public static final Taxon ESCHERICHIA_COLI = Taxon.of(TaxonName.of("Escherichia", "coli"));
}
