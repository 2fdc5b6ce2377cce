package org.msbiome.core.taxonomy;

import org.msbiome.core.internal.Checks;

/**
 * A publication that changed names, as a taxonomy snapshot cites it: its source key and its citation, e.g.
 * {@code ZHENG2020}, "Zheng J. et al. 2020, IJSEM 70:2782-2858, doi:10.1099/ijsem.0.004107; …".
 *
 * @param key the snapshot's source key, e.g. {@code ZHENG2020}
 * @param citation the citation, with a DOI or URL
 * @since 0.1.0
 */
public record TaxonomicRevision(String key, String citation) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a component is blank
     */
    public TaxonomicRevision {
        key = Checks.requireNonBlank(key, "key");
        citation = Checks.requireNonBlank(citation, "citation");
    }

    /**
     * The key, e.g. {@code ZHENG2020}.
     *
     * @return the key
     */
    @Override
    public String toString() {
        return key;
    }
}
