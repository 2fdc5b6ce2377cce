package org.msbiome.core.taxonomy;

import java.util.Objects;
import java.util.Optional;

/**
 * One change of name: a former name, the current name of the same organism, and the revision that made
 * the change when msbiome can cite it.
 *
 * @param formerName the name used before, e.g. Lactobacillus rhamnosus
 * @param currentName the name used now, e.g. Lacticaseibacillus rhamnosus
 * @param revision the publication that made the change; empty when the name table's source lists the
 *     change without naming the revision
 * @since 0.1.0
 */
public record Reclassification(TaxonName formerName, TaxonName currentName, Optional<TaxonomicRevision> revision) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the two names are the same
     */
    public Reclassification {
        Objects.requireNonNull(formerName, "formerName");
        Objects.requireNonNull(currentName, "currentName");
        Objects.requireNonNull(revision, "revision");
        if (formerName.equals(currentName)) {
            throw new IllegalArgumentException("reclassification of " + formerName
                    + " names the same taxon twice; expected a former and a different current name");
        }
    }

    /**
     * A readable line: "Lactobacillus rhamnosus → Lacticaseibacillus rhamnosus (Zheng et al. 2020,
     * doi:10.1099/ijsem.0.004107)".
     *
     * @return the description
     */
    @Override
    public String toString() {
        return formerName + " → " + currentName
                + revision.map(r -> " (" + r.citation() + ", doi:" + r.doi() + ")").orElse("");
    }
}
