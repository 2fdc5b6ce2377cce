package org.msbiome.examples.catalog;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.core.signature.Experiment;
import org.msbiome.io.MsbiomeJson;

/**
 * The bundled catalog of published probiotic–MS studies: the human trials and an EAE study of the team's
 * reference sheet, with their findings as published, and the pooled results of two meta-analyses as they
 * published them. Retracted studies are kept, with their notices; pooling leaves them out. Beside them, the
 * multiple-sclerosis experiments of the BugSigDB excerpt, each with its differential-abundance signatures.
 *
 * <p>The catalog is data, not code: each study and each of its findings is an msbiome document (kinds
 * {@code study} and {@code finding}), each meta-analysis' citation a {@code citation} document, each BugSigDB
 * experiment an {@code experiment} document, and the
 * catalog's own tables ({@code index.tsv}: the documents, sources and what was left out of each entry;
 * {@code published-pooled-results.tsv}) say how they fit together and where every value was read.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.bundled();
 * List<Finding> edss = catalog.findingsOn(StandardMeasure.EDSS);
 * }</pre>
 */
public final class Catalog {
    private final List<CatalogEntry> entries;
    private final List<ExperimentEntry> experimentEntries;
    private final List<PublishedPooledResult> published;

    Catalog(List<CatalogEntry> entries, List<ExperimentEntry> experimentEntries, List<PublishedPooledResult> published) {
        this.entries = List.copyOf(entries);
        this.experimentEntries = List.copyOf(experimentEntries);
        this.published = List.copyOf(published);
    }

    /**
     * The bundled catalog: the msbiome documents and tables in this package's resources
     * ({@code org/msbiome/examples/catalog/index.tsv} lists them), read once with the strict reader.
     *
     * @return the catalog
     * @throws IllegalStateException if the bundled files cannot be read or have a problem (a build defect)
     */
    public static Catalog bundled() {
        return Holder.BUNDLED;
    }

    /**
     * Reads a catalog from a directory laid out like the bundled one: {@code index.tsv} lists each entry's
     * msbiome documents (read with {@link MsbiomeJson#reader()}), sources and what was left out, and
     * {@code published-pooled-results.tsv} holds the meta-analyses' pooled results.
     *
     * @param directory the catalog's directory
     * @return the catalog
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if any file has a problem; the message lists every problem, each with
     *     its file and line or JSON Pointer
     */
    public static Catalog load(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        return CatalogFiles.read(path -> Files.newInputStream(directory.resolve(path)), MsbiomeJson.reader());
    }

    /** The studies with their findings and sources, in catalog order. @return the entries */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /**
     * The studies as BugSigDB curates them (multiple sclerosis against controls, and within MS), each with its
     * experiments and their differential-abundance signatures, in catalog order.
     *
     * @return the entries
     */
    public List<ExperimentEntry> experimentEntries() {
        return experimentEntries;
    }

    /** Every experiment of {@link #experimentEntries()}, each with its signatures, in catalog order. @return the experiments */
    public List<Experiment> experiments() {
        return experimentEntries.stream().flatMap(e -> e.experiments().stream()).toList();
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
        static final Catalog BUNDLED = loadBundled();

        private static Catalog loadBundled() {
            try {
                return CatalogFiles.read(Holder::open, MsbiomeJson.reader());
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("the bundled catalog cannot be read: " + e.getMessage(), e);
            }
        }

        private static InputStream open(String path) throws IOException {
            InputStream in = Catalog.class.getResourceAsStream(path);
            if (in == null) {
                throw new FileNotFoundException("catalog resource " + path + " is missing");
            }
            return in;
        }
    }
}
