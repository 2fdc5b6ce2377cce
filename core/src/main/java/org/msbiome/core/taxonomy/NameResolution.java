package org.msbiome.core.taxonomy;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * How a written name was resolved to a {@link Taxon}: the text as given, the taxon under its current name,
 * and, when the text used a former name, the reclassification that links them. It lets a reader tell
 * that "Lactobacillus rhamnosus" in a 2017 paper is <i>Lacticaseibacillus rhamnosus</i> today.
 *
 * @param input the text as given, stripped
 * @param taxon the taxon, under its current name
 * @param reclassification the change of name, when the text used a former name
 * @since 0.1.0
 */
public record NameResolution(String input, Taxon taxon, Optional<Reclassification> reclassification) {
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
     * Lactobacillus rhamnosus → Lacticaseibacillus rhamnosus (Zheng et al. 2020, doi:10.1099/ijsem.0.004107))".
     *
     * @return the description
     */
    @Override
    public String toString() {
        return Checks.quote(input) + " is " + taxon + reclassification.map(r -> " (renamed: " + r + ")").orElse("");
    }
}
