package org.msbiome.core.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One change of name: a former name, the current name of the same organism, and the revisions that made
 * the change when the snapshot cites them (for example Gupta et al. 2020 and Narsing Rao et al. 2023 for
 * <i>Bacillus coagulans</i> → <i>Heyndrickxia coagulans</i>).
 *
 * @param formerName the name used before, e.g. Lactobacillus rhamnosus
 * @param currentName the name used now, e.g. Lacticaseibacillus rhamnosus
 * @param revisions the publications that made the change; empty when the snapshot's source records the
 *     change without naming a revision (an NCBI rename seen between two snapshots)
 * @since 0.1.0
 */
public record Reclassification(TaxonName formerName, TaxonName currentName, List<TaxonomicRevision> revisions) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the two names are the same
     */
    public Reclassification {
        Objects.requireNonNull(formerName, "formerName");
        Objects.requireNonNull(currentName, "currentName");
        revisions = List.copyOf(Objects.requireNonNull(revisions, "revisions"));
        if (formerName.equals(currentName)) {
            throw new IllegalArgumentException("reclassification of " + formerName
                    + " names the same taxon twice; expected a former and a different current name");
        }
    }

    /**
     * A readable line: "Lactobacillus rhamnosus → Lacticaseibacillus rhamnosus (ZHENG2020)".
     *
     * @return the description
     */
    @Override
    public String toString() {
        return formerName + " → " + currentName + (revisions.isEmpty() ? ""
                : revisions.stream().map(TaxonomicRevision::key).collect(Collectors.joining(", ", " (", ")")));
    }
}
