package org.msbiome.examples.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.outcome.OutcomeMeasure;

/**
 * The bundled catalog of published probiotic–MS studies: the human trials and an EAE study of the team's
 * reference sheet, with their findings as published, and the pooled results of two meta-analyses as they
 * published them. Retracted studies are kept, with their notices; pooling leaves them out.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.bundled();
 * List<Finding> edss = catalog.findingsOn(StandardMeasure.EDSS);
 * }</pre>
 */
public final class Catalog {
    private final List<CatalogEntry> entries;
    private final List<PublishedPooledResult> published;

    private Catalog(List<CatalogEntry> entries, List<PublishedPooledResult> published) {
        this.entries = List.copyOf(entries);
        this.published = List.copyOf(published);
    }

    /**
     * The bundled catalog.
     *
     * @return the catalog
     */
    public static Catalog bundled() {
        return Holder.BUNDLED;
    }

    /** The studies with their findings and sources, in catalog order. @return the entries */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** The studies, in catalog order. @return the studies */
    public List<Study> studies() {
        return entries.stream().map(CatalogEntry::study).toList();
    }

    /** Every finding of every study, in catalog order. @return the findings */
    public List<Finding> findings() {
        return entries.stream().flatMap(e -> e.findings().stream()).toList();
    }

    /**
     * The findings on one outcome, in catalog order.
     *
     * @param measure the outcome's measure, like {@code StandardMeasure.EDSS}
     * @return the findings; empty when the catalog has none
     */
    public List<Finding> findingsOn(OutcomeMeasure measure) {
        Objects.requireNonNull(measure, "measure");
        return findings().stream().filter(f -> f.measure().equals(measure)).toList();
    }

    /** The outcomes the catalog has findings on, each once, in catalog order. @return the measures */
    public List<OutcomeMeasure> outcomes() {
        Set<OutcomeMeasure> all = new LinkedHashSet<>();
        findings().forEach(f -> all.add(f.measure()));
        return List.copyOf(all);
    }

    /**
     * The outcome whose title or code is {@code name}, ignoring case: {@code EDSS}, {@code edss},
     * {@code Expanded Disability Status Scale}, {@code hs-CRP}.
     *
     * @param name the name
     * @return the measure, or empty when the catalog has no findings on such an outcome
     */
    public Optional<OutcomeMeasure> outcome(String name) {
        String wanted = name.strip();
        for (OutcomeMeasure measure : outcomes()) {
            if (names(measure).stream().anyMatch(n -> n.equalsIgnoreCase(wanted))) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }

    /**
     * The names an outcome is found by: its title, and for a standard measure its code and abbreviation.
     *
     * @param measure the measure
     * @return the names
     */
    public static List<String> names(OutcomeMeasure measure) {
        List<String> names = new ArrayList<>();
        names.add(measure.title());
        if (measure instanceof org.msbiome.core.outcome.StandardMeasure standard) {
            names.add(standard.code());
        }
        if (measure instanceof org.msbiome.core.outcome.MarkerMeasure marker) {
            names.add(marker.marker().name());
        }
        return names;
    }

    /** The meta-analyses' pooled results as published. @return the results */
    public List<PublishedPooledResult> publishedPooledResults() {
        return published;
    }

    /**
     * The meta-analyses' published pooled results on one outcome.
     *
     * @param measure the outcome's measure
     * @return the results
     */
    public List<PublishedPooledResult> publishedPooledResultsOn(OutcomeMeasure measure) {
        return published.stream().filter(p -> p.outcome().equals(measure)).toList();
    }

    private static final class Holder {
        static final Catalog BUNDLED = new Catalog(CatalogSource.entries(), CatalogSource.publishedPooledResults());
    }
}
