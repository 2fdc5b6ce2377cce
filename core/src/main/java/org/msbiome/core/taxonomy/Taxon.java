package org.msbiome.core.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organism under its current name, with its NCBI Taxonomy ID when one is known.
 *
 * <p>The canonical constructor checks form only: it keeps the name and ID it is given. The factories
 * resolve: {@link #of(TaxonName)} and {@link #parse(String)} replace a former name by the current one and
 * add the taxid from the bundled snapshot ({@link Taxonomy#bundled()}), so taxa named with an old and a new
 * name are {@linkplain #equals(Object) equal}: {@code Taxon.parse("Lactobacillus rhamnosus")
 * .equals(Taxa.LACTICASEIBACILLUS_RHAMNOSUS)}. The former name stays visible in the
 * {@link NameResolution} of {@link Taxonomy#resolve(String)}, and {@link #formerNames()} lists them.
 *
 * <p>The vocabulary is open: a well-formed name that the snapshot does not list is a valid taxon, kept as
 * written, without an ID unless one is given.
 *
 * <p>For example:
 *
 * <pre>{@code
 * Taxon lgg = Taxon.parse("Lactobacillus rhamnosus");   // the name before Zheng et al. 2020
 * lgg.name();                                            // Lacticaseibacillus rhamnosus
 * lgg.ncbiTaxonId();                                     // Optional[47715]
 * lgg.equals(Taxa.LACTICASEIBACILLUS_RHAMNOSUS);         // true
 * }</pre>
 *
 * @param name the current name
 * @param ncbiTaxonId the NCBI Taxonomy ID, if known
 * @since 0.1.0
 */
public record Taxon(TaxonName name, Optional<NcbiTaxonId> ncbiTaxonId) {
    /**
     * Checks that the parts are present.
     *
     * @throws NullPointerException if a component is null
     */
    public Taxon {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ncbiTaxonId, "ncbiTaxonId");
    }

    /**
     * The taxon of a (current or former) name in the bundled snapshot: its current name and, if the snapshot
     * has one, its NCBI Taxonomy ID.
     *
     * @param name the name
     * @return the taxon
     * @throws NullPointerException if {@code name} is null
     */
    public static Taxon of(TaxonName name) {
        return Taxonomy.bundled().resolveName(name).taxon();
    }

    /**
     * The taxon of a name with an NCBI Taxonomy ID the caller gives: the current name of the bundled
     * snapshot, with the given ID.
     *
     * @param name the name
     * @param ncbiTaxonId the ID
     * @return the taxon
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the bundled snapshot gives the name another ID
     */
    public static Taxon of(TaxonName name, NcbiTaxonId ncbiTaxonId) {
        Objects.requireNonNull(ncbiTaxonId, "ncbiTaxonId");
        Taxon resolved = of(name);
        if (resolved.ncbiTaxonId().isPresent() && !resolved.ncbiTaxonId().get().equals(ncbiTaxonId)) {
            throw new IllegalArgumentException("NCBI Taxonomy ID " + ncbiTaxonId + " contradicts " + resolved.name()
                    + ", whose ID in " + Taxonomy.bundled().snapshot() + " is " + resolved.ncbiTaxonId().get()
                    + "; give the ID of this taxon or none");
        }
        return new Taxon(resolved.name(), Optional.of(ncbiTaxonId));
    }

    /**
     * Parses a name, current or former, full or abbreviated, as {@link Taxonomy#resolve(String)} does.
     *
     * @param text the name, e.g. {@code "Lactobacillus rhamnosus"} or {@code "L. rhamnosus"}
     * @return the taxon, under its current name
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the name is malformed, or an abbreviation matches no listed taxon
     *     or several (the message lists them)
     */
    public static Taxon parse(String text) {
        return Taxonomy.resolve(text).taxon();
    }

    /**
     * The rank the name's form shows (see {@link TaxonName#rank()}).
     *
     * @return the rank, if the name's form shows it
     */
    public Optional<TaxonRank> rank() {
        return name.rank();
    }

    /**
     * The reclassifications the bundled snapshot lists that renamed this taxon, e.g. "Lactobacillus
     * rhamnosus → Lacticaseibacillus rhamnosus (ZHENG2020)"; empty when it lists none.
     *
     * @return the reclassifications to this taxon's current name
     */
    public List<Reclassification> reclassifications() {
        return Taxonomy.bundled().reclassificationsTo(name);
    }

    /**
     * The names this taxon had before, as the bundled snapshot lists them, e.g. "Lactobacillus rhamnosus"
     * and "Lactobacillus casei subsp. rhamnosus" for <i>Lacticaseibacillus rhamnosus</i>.
     *
     * @return the former names
     */
    public List<TaxonName> formerNames() {
        return reclassifications().stream().map(Reclassification::formerName).toList();
    }

    /**
     * The current full name, e.g. "Lacticaseibacillus rhamnosus".
     *
     * @return the full name
     */
    @Override
    public String toString() {
        return name.full();
    }
}
