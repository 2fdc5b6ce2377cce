package org.msbiome.core.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * How a written name was resolved to a {@link Taxon}, and against which snapshot: the text as given, the
 * taxon under its current name, the reclassification when the text used a former name, what was normalised
 * in the text ("'ssp.' read as 'subsp.'"), notes on the result ("subspecies not listed: resolved to the
 * species"), and whether the snapshot lists the name at all. It lets a reader tell that "Lactobacillus
 * rhamnosus" in a 2017 paper is <i>Lacticaseibacillus rhamnosus</i> in {@code msbiome-taxonomy 2026.1}.
 *
 * @param input the text as given, stripped
 * @param taxon the taxon, under its current name
 * @param reclassification the change of name, when the text used a former name
 * @param normalisations what was changed in the text to read it as a name, in order; empty when it was
 *     written in standard form
 * @param notes what a reader should know about the result, e.g. that a subspecies is not listed and the
 *     species was given instead
 * @param listed whether the snapshot lists the name (or, for an unlisted subspecies, its species); an
 *     unlisted well-formed name is kept as written, since the vocabulary is open
 * @param snapshot the snapshot that produced this resolution
 * @since 0.1.0
 */
public record NameResolution(String input, Taxon taxon, Optional<Reclassification> reclassification,
        List<String> normalisations, List<String> notes, boolean listed, TaxonomySnapshot snapshot) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code input} is blank, or the reclassification does not lead to
     *     the taxon's name
     */
    public NameResolution {
        input = Checks.requireNonBlank(input, "input");
        Objects.requireNonNull(taxon, "taxon");
        Objects.requireNonNull(reclassification, "reclassification");
        normalisations = List.copyOf(Objects.requireNonNull(normalisations, "normalisations"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        Objects.requireNonNull(snapshot, "snapshot");
        if (reclassification.isPresent() && !reclassification.get().currentName().equals(taxon.name())) {
            throw new IllegalArgumentException("reclassification " + Checks.quote(reclassification.get())
                    + " does not lead to " + taxon + "; expected a reclassification whose current name is the taxon's");
        }
    }

    /**
     * Whether the text used a former name.
     *
     * @return {@code true} if the text named the taxon by a former name
     */
    public boolean usedFormerName() {
        return reclassification.isPresent();
    }

    /**
     * A sentence for a report: "'Lactobacillus rhamnosus' is Lacticaseibacillus rhamnosus (renamed:
     * Lactobacillus rhamnosus → Lacticaseibacillus rhamnosus (ZHENG2020)) [msbiome-taxonomy 2026.1]".
     *
     * @return the description
     */
    @Override
    public String toString() {
        return Checks.quote(input) + " is " + taxon + reclassification.map(r -> " (renamed: " + r + ")").orElse("")
                + (listed ? "" : " (not listed)") + " [" + snapshot + "]";
    }
}
