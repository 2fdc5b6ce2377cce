package org.msbiome.examples.catalog;

import java.util.List;
import java.util.Objects;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.Study;

/**
 * One study of the catalog: the study, its findings as published, where each value was read, and what was
 * left out and why.
 *
 * @param study the study (design and citations, with any integrity notices)
 * @param findings its findings, each on one outcome; empty when none could be encoded from the sources
 * @param sources the pages the values were read in (URLs), besides the citations' DOI and PMID
 * @param leftOut what the sources give or do not give that is not encoded, and why
 */
public record CatalogEntry(Study study, List<Finding> findings, List<String> sources, List<String> leftOut) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if a finding is about another study, or no source is given
     */
    public CatalogEntry {
        Objects.requireNonNull(study, "study");
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
        leftOut = List.copyOf(leftOut);
        for (Finding finding : findings) {
            if (!finding.study().equals(study)) {
                throw new IllegalArgumentException("a finding of '" + study.label() + "' is about study '"
                        + finding.study().label() + "'; expected only findings of this study");
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("study '" + study.label() + "' has no source; expected where it was read");
        }
    }

    /** The study's label, like {@code Kouchaki 2017}. @return the label */
    public String label() {
        return study.label();
    }
}
