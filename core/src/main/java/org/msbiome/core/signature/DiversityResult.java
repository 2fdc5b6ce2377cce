package org.msbiome.core.signature;

import java.util.Objects;

/**
 * One alpha-diversity result of an experiment: an index and what was found for it in group 1.
 *
 * @param index the index
 * @param change the change in group 1 against group 0
 * @since 0.1.0
 */
public record DiversityResult(DiversityIndex index, DiversityChange change) {
    /**
     * Checks that both components are present.
     *
     * @throws NullPointerException if a component is null
     */
    public DiversityResult {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(change, "change");
    }
}
