package org.msbiome.io.bugsigdb;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.Signature;
import org.msbiome.io.internal.TextPolicy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the BugSigDB export ({@code full_dump.csv}): a comment line (version, licence), a header, and one row
 * per signature, RFC 4180 quoted (quoted fields may hold line breaks).
 *
 * <p>Columns are read by header name: a column the importer does not know is reported as unmapped, an expected
 * one that is missing as missing. {@code NA} is absent. Rows are grouped by {@code BSDB ID}
 * ({@code bsdb:27352007/1/2} is signature 2 of experiment 1 of study 27352007) into experiments, each with its
 * signatures; an experiment-only row ({@code bsdb:31815177/9/NA}) gives an experiment without signatures. The
 * rows of one experiment are expected together, as the export writes them. The comment line becomes the
 * provenance of every experiment and signature. Every field is accounted for in the {@link BugSigDbReport}.
 *
 * <p>{@link #stream(Reader, Consumer)} holds one experiment at a time, so an export of any length is read in
 * memory bounded by its largest experiment and its report.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class BugSigDbImporter {
    private static final Pattern ID = Pattern.compile("bsdb:([^/]+)/([^/]+)/([^/]+)");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final int COMMENT_LIMIT = 64 * 1024;

    private BugSigDbImporter() {}

    /**
     * Reads a whole export into memory.
     *
     * @param export the export's text; read to its end, not closed
     * @return the experiments and the report
     * @throws NullPointerException if {@code export} is null
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the text is not CSV (the message gives the line), or has no header
     */
    public static BugSigDbImport read(Reader export) throws IOException {
        List<Experiment> experiments = new ArrayList<>();
        BugSigDbReport report = stream(export, experiments::add);
        return new BugSigDbImport(experiments, report);
    }

    /**
     * Reads an export as a stream, handing each experiment (with its signatures) to {@code sink} as soon as its
     * last row has been read.
     *
     * @param export the export's text; read to its end, not closed
     * @param sink receives the experiments, in the export's order
     * @return the report
     * @throws NullPointerException if an argument is null
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the text is not CSV (the message gives the line), or has no header
     */
    public static BugSigDbReport stream(Reader export, Consumer<Experiment> sink) throws IOException {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(sink, "sink");
        BufferedReader in = new BufferedReader(export);
        Accounting accounting = new Accounting();
        in.mark(COMMENT_LIMIT);
        String first = in.readLine();
        Optional<String> provenance = Optional.empty();
        long lineOffset = 0;
        if (first != null && first.startsWith("#")) {
            provenance = Optional.of(first.substring(1).strip());
            lineOffset = 1;
        } else {
            in.reset();
            accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.MISSING, 0, 1, "(comment line)", Optional.empty(),
                    "the export has no comment line with its version and licence; values carry no provenance"));
        }
        State state = new State(sink, accounting, provenance);
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(in)) {
            if (!rows.hasNextValue()) {
                throw new IllegalArgumentException("the export has no header line; expected the BugSigDB columns");
            }
            String[] header = rows.nextValue();
            Map<String, Integer> index = header(header, accounting, lineOffset + 1);
            long previousEnd = lineOffset + rows.currentLocation().getLineNr();
            long number = 0;
            while (rows.hasNextValue()) {
                String[] values = rows.nextValue();
                number++;
                long end = lineOffset + rows.currentLocation().getLineNr();
                // The location after a row is the start of the next one (the parser has consumed its line end).
                Row row = new Row(values, index, accounting, number, previousEnd);
                previousEnd = end;
                if (values.length != header.length) {
                    accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.REJECTED, number, row.line, "(row)",
                            Optional.empty(), "row has " + values.length + " fields but the header has "
                                    + header.length + "; missing fields are absent, extra fields not mapped"));
                }
                state.accept(row);
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the export is not readable CSV: " + e.getOriginalMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        state.flush();
        return new BugSigDbReport(provenance, state.rows, state.studies.size(), state.experiments, state.signatures,
                accounting.mapped, accounting.issues);
    }

    private static Map<String, Integer> header(String[] header, Accounting accounting, long line) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(Columns.EXPECTED);
        known.add(Columns.TRANSFORMATION);
        for (int i = 0; i < header.length; i++) {
            // a blank column name is named by its position (an issue needs a column)
            String name = header[i].strip().isEmpty() ? "(column " + (i + 1) + ")" : header[i].strip();
            if (index.putIfAbsent(name, i) != null) {
                accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.UNMAPPED, 0, line, name, Optional.empty(),
                        "column " + (i + 1) + " repeats a column name; only the first is read"));
            } else if (!known.contains(name)) {
                accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.UNMAPPED, 0, line, name, Optional.empty(),
                        "column " + (i + 1) + " is not a column this importer knows; its values are not mapped"));
            } else if (Columns.NOT_MAPPED.containsKey(name)) {
                accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.UNMAPPED, 0, line, name, Optional.empty(),
                        "values not mapped: " + Columns.NOT_MAPPED.get(name)));
            }
        }
        for (String expected : Columns.EXPECTED) {
            if (!index.containsKey(expected)) {
                accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.MISSING, 0, line, expected, Optional.empty(),
                        "the header has no column " + Row.quote(expected) + "; its values are absent"));
            }
        }
        return index;
    }

    /** The experiment being assembled and the counts. */
    private static final class State {
        final Consumer<Experiment> sink;
        final Accounting accounting;
        final Optional<String> provenance;
        final Set<String> studies = new HashSet<>();
        final Set<String> done = new HashSet<>();
        final Map<String, Optional<String>> firstValues = new HashMap<>();
        @org.jspecify.annotations.Nullable String key;
        @org.jspecify.annotations.Nullable Experiment current;
        long firstRow;
        final List<Signature> pending = new ArrayList<>();
        long rows;
        long experiments;
        long signatures;

        State(Consumer<Experiment> sink, Accounting accounting, Optional<String> provenance) {
            this.sink = sink;
            this.accounting = accounting;
            this.provenance = provenance;
        }

        void accept(Row row) {
            rows++;
            String id = row.raw(Columns.BSDB_ID).map(String::strip).orElse("");
            Matcher m = ID.matcher(id);
            if (!m.matches() || !TextPolicy.isFreeText(id)) {
                accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.REJECTED, row.number, row.line, Columns.BSDB_ID,
                        Optional.of(id), "not a BSDB ID like 'bsdb:27352007/1/2'; the row is not imported"));
                return;
            }
            accounting.mapped(Columns.BSDB_ID);
            String experimentKey = "bsdb:" + m.group(1) + "/" + m.group(2);
            if (!experimentKey.equals(key)) {
                flush();
                if (!done.add(experimentKey)) {
                    row.infer(Columns.BSDB_ID, id, "experiment " + Row.quote(experimentKey)
                            + " appeared earlier, separated by other rows; imported again as a second value");
                }
                key = experimentKey;
                firstRow = row.number;
                firstValues.clear();
                for (String c : Columns.EXPERIMENT_LEVEL) {
                    firstValues.put(c, row.raw(c));
                }
                current = RowMapper.experiment(row, experimentKey, m.group(1), provenance).orElse(null);
                if (current != null) {
                    studies.add(current.study().id());
                }
            } else {
                for (String c : Columns.EXPERIMENT_LEVEL) {
                    Optional<String> v = row.raw(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (v.equals(firstValues.get(c))) {
                        accounting.mapped(c);
                    } else {
                        row.reject(c, v.get(), "differs from row " + firstRow + " of experiment "
                                + Row.quote(experimentKey) + ", whose value is kept");
                    }
                }
            }
            if (m.group(3).equals(Row.NA)) {
                for (String c : Columns.SIGNATURE_LEVEL) {
                    Optional<String> v = row.text(c);
                    v.ifPresent(value -> row.reject(c, value,
                            "an experiment-only row (signature part NA) has a value in a signature column"));
                }
                return;
            }
            Columns.NOT_MAPPED.keySet().forEach(c -> row.raw(c));
            Optional<Signature> signature = RowMapper.signature(row, id, provenance);
            if (current == null) {
                signature.ifPresent(s -> row.reject(Columns.BSDB_ID, id,
                        "signature belongs to experiment " + Row.quote(experimentKey) + ", which was not imported"));
                return;
            }
            signature.ifPresent(pending::add);
        }

        void flush() {
            if (current != null) {
                Experiment e = current;
                Experiment complete = new Experiment(e.id(), e.study(), e.name(), e.hostSpecies(), e.location(),
                        e.bodySite(), e.bodySiteId(), e.condition(), e.conditionTerms(), e.group0(), e.group1(),
                        e.antibioticsExclusion(), e.sequencingMethod(), e.variableRegion(), e.platform(),
                        e.dataTransformation(), e.statisticalTest(), e.significanceThreshold(),
                        e.multipleTestingCorrection(), e.ldaScoreAbove(), e.matchedOn(), e.confounders(),
                        e.diversity(), pending, e.provenance());
                experiments++;
                signatures += pending.size();
                sink.accept(complete);
            }
            current = null;
            key = null;
            pending.clear();
        }
    }
}
