package org.msbiome.examples.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.msbiome.core.effect.ConfidenceInterval;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.signature.Experiment;
import org.msbiome.io.MsbiomeReader;
import org.msbiome.io.Problem;
import org.msbiome.io.ReadResult;

/**
 * Reads a catalog from its files: {@code index.tsv} (what each entry is made of, its sources and what was left
 * out), the msbiome documents it lists (read with the strict reader), and {@code published-pooled-results.tsv}.
 * Every problem of every file is collected, each with its file and line or JSON Pointer; a catalog with any
 * problem is refused whole.
 */
final class CatalogFiles {
    static final String INDEX = "index.tsv";
    static final String POOLED = "published-pooled-results.tsv";
    private static final String INDEX_HEADER = "entry\tfield\tvalue";
    private static final String POOLED_HEADER = "label\toutcome\tmeasure\testimate\tlower\tupper\ti2\ttrials\tnote";
    private static final List<String> FIELDS = List.of("study", "finding", "citation", "experiment", "source", "left-out");

    /** Opens a file of the catalog by its path relative to the catalog's directory. */
    @FunctionalInterface
    interface Opener {
        /**
         * Opens one file.
         *
         * @param path the path, like {@code studies/kouchaki-2017/study.json}
         * @return its bytes
         * @throws IOException if it does not exist or cannot be read
         */
        InputStream open(String path) throws IOException;
    }

    /** The rows of one entry of the index, in file order. */
    private record IndexEntry(String label, int line, Map<String, List<String>> values) {
        List<String> get(String field) {
            return values.getOrDefault(field, List.of());
        }
    }

    private final Opener opener;
    private final MsbiomeReader reader;
    private final List<String> problems = new ArrayList<>();

    private CatalogFiles(Opener opener, MsbiomeReader reader) {
        this.opener = opener;
        this.reader = reader;
    }

    /**
     * Reads a catalog.
     *
     * @param opener opens the catalog's files
     * @param reader the strict reader for its documents
     * @return the entries and the published pooled results
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if any file has a problem; the message lists every problem found
     */
    static Catalog read(Opener opener, MsbiomeReader reader) throws IOException {
        CatalogFiles files = new CatalogFiles(opener, reader);
        List<CatalogEntry> entries = new ArrayList<>();
        List<ExperimentEntry> experiments = new ArrayList<>();
        Map<String, Citation> metaAnalyses = new LinkedHashMap<>();
        Map<String, List<String>> metaSources = new LinkedHashMap<>();
        for (IndexEntry entry : files.index()) {
            if (entry.get("experiment").isEmpty()) {
                files.entry(entry, entries, metaAnalyses, metaSources);
            } else {
                files.experiments(entry, experiments);
            }
        }
        List<PublishedPooledResult> pooled = files.pooled(metaAnalyses, metaSources);
        if (!files.problems.isEmpty()) {
            throw new IllegalArgumentException("the catalog has " + files.problems.size()
                    + (files.problems.size() == 1 ? " problem" : " problems") + ":\n" + String.join("\n", files.problems));
        }
        return new Catalog(entries, experiments, pooled);
    }

    private List<IndexEntry> index() throws IOException {
        Map<String, IndexEntry> entries = new LinkedHashMap<>();
        String previous = null;
        for (Row row : rows(INDEX, INDEX_HEADER)) {
            String where = INDEX + ":" + row.line();
            if (row.cells().size() != 3) {
                problems.add(where + ": expected 3 tab-separated cells (entry, field, value), found " + row.cells().size());
                continue;
            }
            String label = row.cells().get(0);
            String field = row.cells().get(1);
            String value = row.cells().get(2);
            if (label.isBlank() || value.isBlank()) {
                problems.add(where + ": the entry and the value must not be blank");
                continue;
            }
            if (!FIELDS.contains(field)) {
                problems.add(where + ": unknown field '" + field + "'; expected one of " + String.join(", ", FIELDS));
                continue;
            }
            if (!label.equals(previous) && entries.containsKey(label)) {
                problems.add(where + ": the rows of '" + label + "' are not together; expected each entry's rows in one block");
                continue;
            }
            previous = label;
            entries.computeIfAbsent(label, l -> new IndexEntry(l, row.line(), new LinkedHashMap<>()))
                    .values().computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        }
        return List.copyOf(entries.values());
    }

    private void entry(IndexEntry entry, List<CatalogEntry> entries, Map<String, Citation> metaAnalyses,
            Map<String, List<String>> metaSources) throws IOException {
        String where = INDEX + ":" + entry.line() + ": '" + entry.label() + "'";
        List<String> studies = entry.get("study");
        List<String> citations = entry.get("citation");
        if (entry.get("source").isEmpty()) {
            problems.add(where + " has no source; expected where its values were read");
        }
        if (studies.size() + citations.size() != 1) {
            problems.add(where + " has " + studies.size() + " study and " + citations.size()
                    + " citation documents; expected one study (a published study) or one citation (a meta-analysis)");
            return;
        }
        if (!citations.isEmpty()) {
            if (!entry.get("finding").isEmpty() || !entry.get("left-out").isEmpty()) {
                problems.add(where + " is a meta-analysis; expected no finding and no left-out rows");
            }
            document(citations.get(0), Citation.class).ifPresent(c -> {
                metaAnalyses.put(entry.label(), c);
                metaSources.put(entry.label(), entry.get("source"));
            });
            return;
        }
        Optional<Study> study = document(studies.get(0), Study.class);
        List<Finding> findings = new ArrayList<>();
        boolean complete = study.isPresent();
        for (String file : entry.get("finding")) {
            Optional<Finding> finding = document(file, Finding.class);
            complete &= finding.isPresent();
            finding.ifPresent(findings::add);
        }
        if (study.isEmpty()) {
            return;
        }
        if (!study.get().label().equals(entry.label())) {
            problems.add(where + ": its study document is labelled '" + study.get().label() + "'; expected the entry's label");
            return;
        }
        if (complete && !entry.get("source").isEmpty()) {
            try {
                entries.add(new CatalogEntry(study.get(), findings, entry.get("source"), entry.get("left-out")));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
    }

    private void experiments(IndexEntry entry, List<ExperimentEntry> entries) throws IOException {
        String where = INDEX + ":" + entry.line() + ": '" + entry.label() + "'";
        if (!entry.get("study").isEmpty() || !entry.get("finding").isEmpty() || !entry.get("citation").isEmpty()) {
            problems.add(where + " has experiment documents and study, finding or citation documents; expected"
                    + " experiments (a study as BugSigDB curates it) alone");
            return;
        }
        if (entry.get("source").isEmpty()) {
            problems.add(where + " has no source; expected where its values were read");
        }
        List<Experiment> experiments = new ArrayList<>();
        boolean complete = true;
        for (String file : entry.get("experiment")) {
            Optional<Experiment> experiment = document(file, Experiment.class);
            complete &= experiment.isPresent();
            experiment.ifPresent(experiments::add);
        }
        if (complete && !entry.get("source").isEmpty()) {
            try {
                entries.add(new ExperimentEntry(entry.label(), experiments, entry.get("source"), entry.get("left-out")));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
    }

    private <T> Optional<T> document(String path, Class<T> type) throws IOException {
        ReadResult<T> result;
        try (InputStream in = opener.open(path)) {
            result = reader.read(in, type);
        }
        for (Problem problem : result.problems()) {
            problems.add(path + ": " + problem);
        }
        return result.toOptional();
    }

    private List<PublishedPooledResult> pooled(Map<String, Citation> metaAnalyses, Map<String, List<String>> sources)
            throws IOException {
        List<PublishedPooledResult> results = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Row row : rows(POOLED, POOLED_HEADER)) {
            String where = POOLED + ":" + row.line();
            List<String> c = row.cells();
            if (c.size() != 9) {
                problems.add(where + ": expected 9 tab-separated cells (" + POOLED_HEADER.replace('\t', ' ') + "), found "
                        + c.size());
                continue;
            }
            Citation citation = metaAnalyses.get(c.get(0));
            if (citation == null) {
                problems.add(where + ": '" + c.get(0) + "' is not a meta-analysis of " + INDEX
                        + "; expected one of " + metaAnalyses.keySet());
                continue;
            }
            used.add(c.get(0));
            try {
                results.add(new PublishedPooledResult(c.get(0), citation, StandardMeasure.fromCode(c.get(1)),
                        EffectMeasure.fromCode(c.get(2)), number("estimate", c.get(3)),
                        ConfidenceInterval.of95(number("lower", c.get(4)), number("upper", c.get(5))),
                        c.get(6).isEmpty() ? Optional.empty() : Optional.of(number("i2", c.get(6))),
                        c.get(7).isEmpty() ? OptionalInt.empty() : OptionalInt.of(integer("trials", c.get(7))),
                        c.get(8).isEmpty() ? Optional.empty() : Optional.of(c.get(8)),
                        sources.get(c.get(0))));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        metaAnalyses.keySet().stream().filter(label -> !used.contains(label))
                .forEach(label -> problems.add(INDEX + ": meta-analysis '" + label + "' has no result in " + POOLED));
        return results;
    }

    private static double number(String column, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && text.strip().equals(text)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(column + " '" + text + "' is not a number; expected a decimal like -0.43");
    }

    private static int integer(String column, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number; expected a count like 4");
        }
    }

    /** One non-comment line of a table after its header, with its line number. */
    private record Row(int line, List<String> cells) {}

    private List<Row> rows(String file, String header) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(opener.open(file), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (!line.equals(header)) {
                        problems.add(file + ":" + number + ": expected the header '" + header.replace('\t', ' ')
                                + "' (tab-separated)");
                        return rows;
                    }
                    continue;
                }
                rows.add(new Row(number, List.of(line.split("\t", -1))));
            }
        }
        if (!headerSeen) {
            problems.add(file + ": has no header; expected '" + header.replace('\t', ' ') + "' (tab-separated)");
        }
        return rows;
    }
}
