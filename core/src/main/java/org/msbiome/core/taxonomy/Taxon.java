package org.msbiome.core.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * An organism at species or subspecies rank, under its current name, with its NCBI Taxonomy ID when
 * msbiome knows a verified one (or the caller gives one).
 *
 * <p>A taxon never carries the spelling it was made from: a former name is replaced by the current one
 * when the taxon is built, so taxa named with an old and a new name are {@linkplain #equals(Object) equal}:
 * {@code Taxon.parse("Lactobacillus rhamnosus").equals(Taxa.LACTICASEIBACILLUS_RHAMNOSUS)}. The former
 * names stay available through {@link #formerNames()}, {@link #reclassifications()} and {@link Taxonomy#resolve(String)}.
 *
 * <p>The vocabulary is open: a well-formed name that msbiome does not know is a valid taxon, kept as
 * written, without an ID unless one is given.
 *
 * @param name the current name
 * @param ncbiTaxonId the NCBI Taxonomy ID, if known
 * @since 0.1.0
 */
public record Taxon(TaxonName name, Optional<NcbiTaxonId> ncbiTaxonId) {
    /**
     * Replaces a former name by the current one and completes the ID from msbiome's table of verified IDs
     * when it is absent.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the given ID contradicts the verified ID of a known taxon
     */
    public Taxon {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ncbiTaxonId, "ncbiTaxonId");
        name = KnownNames.currentName(name);
        Optional<NcbiTaxonId> known = Optional.ofNullable(KnownNames.IDS.get(name));
        if (ncbiTaxonId.isPresent() && known.isPresent() && !ncbiTaxonId.equals(known)) {
            throw new IllegalArgumentException("ncbiTaxonId " + Checks.quote(ncbiTaxonId.get()) + " contradicts "
                    + name + ", whose NCBI Taxonomy ID is " + known.get()
                    + "; give the ID of this taxon or none");
        }
        if (ncbiTaxonId.isEmpty()) {
            ncbiTaxonId = known;
        }
    }

    /**
     * The taxon with the given (current or former) name; its ID is the verified one if msbiome knows it.
     *
     * @param name the name
     * @return the taxon
     * @throws NullPointerException if {@code name} is null
     */
    public static Taxon of(TaxonName name) {
        return new Taxon(name, Optional.empty());
    }

    /**
     * The taxon with the given name and NCBI Taxonomy ID, for taxa that msbiome does not know.
     *
     * @param name the name
     * @param ncbiTaxonId the ID
     * @return the taxon
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the ID contradicts the verified ID of a known taxon
     */
    public static Taxon of(TaxonName name, NcbiTaxonId ncbiTaxonId) {
        return new Taxon(name, Optional.of(ncbiTaxonId));
    }

    /**
     * Parses a name, current or former, full or abbreviated, as {@link Taxonomy#resolve(String)} does.
     *
     * @param text the name, e.g. {@code "Lactobacillus rhamnosus"} or {@code "L. rhamnosus"}
     * @return the taxon, under its current name
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the name is malformed, or an abbreviation matches no known taxon
     *     or several (the message lists them)
     */
    public static Taxon parse(String text) {
        return Taxonomy.resolve(text).taxon();
    }

    /**
     * The rank, from the name.
     *
     * @return the rank
     */
    public TaxonRank rank() {
        return name.rank();
    }

    /**
     * The reclassifications that renamed this taxon, e.g. "Lactobacillus rhamnosus → Lacticaseibacillus
     * rhamnosus (Zheng et al. 2020)" for <i>Lacticaseibacillus rhamnosus</i>, each with the revision that made
     * the change when msbiome knows it; empty when msbiome knows of none.
     *
     * @return the reclassifications to this taxon's current name
     */
    public List<Reclassification> reclassifications() {
        return List.copyOf(KnownNames.reclassificationsTo(name));
    }

    /**
     * The names this taxon had before, e.g. "Lactobacillus rhamnosus" for <i>Lacticaseibacillus
     * rhamnosus</i>; empty when msbiome knows of none. {@link #reclassifications()} says which revision made
     * each change.
     *
     * @return the former names
     */
    public List<TaxonName> formerNames() {
        return KnownNames.reclassificationsTo(name).stream().map(Reclassification::formerName).toList();
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
