package org.msbiome.io.biom;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.core.microbiome.ValueKind;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;

/**
 * Reads the tab-separated tables that common tools write: a QIIME 2 exported feature table
 * ({@code biom convert --to-tsv}), a MetaPhlAn profile, and a Kraken 2 or Bracken report. Problems name the line
 * ({@code /line/N}, 1-based).
 *
 * @since 0.1.0
 */
public final class ProfileTables {
    private ProfileTables() {}

    /**
     * Reads a QIIME 2 feature table exported as TSV: an optional {@code # Constructed from biom file} line, a header
     * {@code #OTU ID} (or {@code #Feature ID}) followed by sample IDs and optionally a last {@code taxonomy} column,
     * then one row per feature.
     *
     * @param text the table
     * @param measurement how the profile was measured; null to read whole-number tables as counts
     * @return the profile and notes
     * @throws InvalidDocumentException with every problem found
     */
    public static ProfileImport readQiimeTsv(String text, @Nullable ProfileMeasurement measurement) {
        Objects.requireNonNull(text, "text");
        List<String> lines = text.lines().toList();
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TableAssembler table = new TableAssembler();
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            String line = lines.get(i);
            if (line.startsWith("#OTU ID\t") || line.startsWith("#Feature ID\t") || line.startsWith("#OTU ID")) {
                header = i;
            } else if (line.startsWith("#")) {
                notes.add("/line/" + (i + 1) + " " + Quote.of(line) + ": comment, not part of the profile");
            } else if (!line.isBlank()) {
                break;
            }
        }
        if (header < 0) {
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.UNKNOWN_FORMAT,
                    "no '#OTU ID' header line; expected a QIIME feature table exported as TSV")));
        }
        String[] columns = lines.get(header).split("\t", -1);
        boolean hasTaxonomy = columns.length > 1 && columns[columns.length - 1].strip().equalsIgnoreCase("taxonomy");
        int sampleCount = columns.length - 1 - (hasTaxonomy ? 1 : 0);
        boolean samplesRead = true; // else the cells are still checked, but the table is not built
        for (int c = 1; c <= sampleCount; c++) {
            samplesRead &= addSample(table, columns[c].strip(), "/line/" + (header + 1), "column " + (c + 1)
                    + ", a sample ID", problems);
        }
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String at = "/line/" + (i + 1);
            String[] cells = line.split("\t", -1);
            if (cells.length != columns.length) {
                problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, cells.length + " cells; the header has "
                        + columns.length));
                continue;
            }
            int f = table.features.size();
            String id = cells[0].strip();
            boolean featureRead = addFeature(table, () -> hasTaxonomy
                    ? Lineages.semicolonSeparated(id, cells[cells.length - 1].strip()) : Feature.of(id), at,
                    "cell 1, a feature", problems);
            for (int c = 1; c <= sampleCount; c++) {
                Double v = parse(cells[c]);
                if (v == null) {
                    problems.add(Problem.of(at, ProblemCode.WRONG_TYPE, "cell " + (c + 1) + " "
                            + Quote.of(cells[c]) + " is not a number"));
                } else if (samplesRead && featureRead) {
                    table.add(c - 1, f, v, at, problems);
                }
            }
        }
        return table.build(false, "", measurement, problems, notes);
    }

    /**
     * Reads a MetaPhlAn profile (one sample): header lines starting with {@code #} (the database, the command,
     * {@code #SampleID}, and the column header starting {@code #clade_name}), then one row per clade with its
     * {@code k__…|s__…} lineage, NCBI taxid path and relative abundance in percent. The features are the clades at
     * the deepest level in the file ({@code t__} SGBs or strains, else {@code s__} species); rows at higher ranks
     * are sums of those and are noted, not kept. The profile is percent, marked filtered (unclassified reads and
     * rounding make a level sum differ from 100).
     *
     * @param text the profile
     * @param sampleId the sample's ID when the file has no {@code #SampleID} line
     * @return the profile and notes
     * @throws InvalidDocumentException with every problem found
     */
    public static ProfileImport readMetaphlan(String text, String sampleId) {
        Objects.requireNonNull(text, "text");
        List<String> lines = text.lines().toList();
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String sample = sampleId;
        int sampleLine = 0;
        int abundanceColumn = -1;
        List<String[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#clade_name") || line.startsWith("clade_name")) {
                List<String> header = List.of(line.split("\t", -1));
                abundanceColumn = header.indexOf("relative_abundance");
                notes.add("/line/" + (i + 1) + ": column header " + header);
            } else if (line.startsWith("#SampleID")) {
                sampleLine = i + 1;
                String[] cells = line.split("\t", -1);
                sample = cells.length > 1 && !cells[1].isBlank() ? cells[1].strip() : sampleId;
                notes.add("/line/" + (i + 1) + " " + Quote.of(line) + ": the sample's ID is " + Quote.of(sample));
            } else if (line.startsWith("#")) {
                notes.add("/line/" + (i + 1) + " " + Quote.of(line) + ": header, not part of the profile");
            } else if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
                rowLines.add(i + 1);
            }
        }
        if (abundanceColumn < 0) {
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.UNKNOWN_FORMAT,
                    "no '#clade_name' header with a 'relative_abundance' column; expected a MetaPhlAn profile")));
        }
        int deepest = 0;
        for (String[] row : rows) {
            deepest = Math.max(deepest, row[0].split("\\|").length);
        }
        TableAssembler table = new TableAssembler();
        boolean sampleRead = addSample(table, sample, sampleLine == 0 ? "" : "/line/" + sampleLine, "the sample ID",
                problems);
        int higher = 0;
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            String at = "/line/" + rowLines.get(r);
            if (row.length <= abundanceColumn) {
                problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, "no relative abundance in column "
                        + (abundanceColumn + 1)));
                continue;
            }
            String clade = row[0].strip();
            if (clade.split("\\|").length < deepest && !clade.equals("UNCLASSIFIED")) {
                higher++;
                continue;
            }
            Double v = parse(row[abundanceColumn]);
            if (v == null) {
                problems.add(Problem.of(at, ProblemCode.WRONG_TYPE, Quote.of(row[abundanceColumn]) + " is not a number"));
                continue;
            }
            int f = table.features.size();
            if (addFeature(table, () -> clade.equals("UNCLASSIFIED") ? Feature.unresolved(clade, clade)
                    : Lineages.metaphlan(clade, clade), at, "the clade", problems) && sampleRead) {
                table.add(0, f, v, at, problems);
            }
        }
        notes.add(higher + " clade rows above the deepest level: sums of the rows below them, not kept as features");
        notes.add("NCBI_tax_id and additional_species columns: not part of the profile");
        ProfileMeasurement m = new ProfileMeasurement(java.util.Optional.of(
                org.msbiome.core.microbiome.ProfilingMethod.SHOTGUN_METAGENOMICS), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(new org.msbiome.core.microbiome.VersionedName(
                        "MetaPhlAn", java.util.Optional.empty())), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), ValueKind.PERCENT, java.util.Optional.empty());
        return table.filtered().build(false, "", m, problems, notes);
    }

    /**
     * Reads a Kraken 2 or Bracken report (one sample). Features are the species rows (rank code {@code S}, valued by
     * their clade reads, which include their strains) and every row outside a species with reads assigned directly
     * to it (valued by those direct reads, its lineage unresolved below its own rank), including the
     * {@code unclassified} row; so the features' reads add up to the report's total. Values are read counts.
     *
     * @param text the report
     * @param sampleId the sample's ID
     * @return the profile and notes
     * @throws InvalidDocumentException with every problem found
     */
    public static ProfileImport readKrakenReport(String text, String sampleId) {
        Objects.requireNonNull(text, "text");
        List<Lineage> lineages;
        try {
            lineages = Lineage.readKrakenReport(new StringReader(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.INVALID_VALUE, e.getMessage())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<Problem> problems = new ArrayList<>();
        TableAssembler table = new TableAssembler();
        boolean sampleRead = addSample(table, sampleId, "", "the sample ID", problems);
        int speciesDepth = -1;
        int summed = 0;
        for (int i = 0; i < lines.size() && i < lineages.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            String at = "/line/" + (i + 1);
            if (cells.length != 6 && cells.length != 8) {
                problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, cells.length + " columns; expected 6 or 8"));
                continue;
            }
            String rank = cells[cells.length - 3].strip();
            String taxid = cells[cells.length - 2].strip();
            String name = cells[cells.length - 1];
            int depth = (name.length() - name.stripLeading().length()) / 2;
            Double clade = parse(cells[1]);
            Double direct = parse(cells[2]);
            if (clade == null || direct == null) {
                problems.add(Problem.of(at, ProblemCode.WRONG_TYPE, "read counts must be numbers"));
                continue;
            }
            if (speciesDepth >= 0 && depth > speciesDepth) {
                summed++;
                continue; // within a species: counted in the species' clade reads
            }
            speciesDepth = -1;
            double value;
            if (rank.equals("S")) {
                speciesDepth = depth;
                value = clade;
            } else if (direct > 0) {
                value = direct;
            } else {
                summed++;
                continue;
            }
            int f = table.features.size();
            Lineage lineage = lineages.get(i);
            if (addFeature(table, () -> Feature.of(taxid, lineage), at, "the row's taxon", problems) && sampleRead) {
                table.add(0, f, value, at, problems);
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(summed + " rows without reads of their own or below a species: counted in the features' reads, "
                + "not kept as features");
        notes.add("percentage column: derived from the reads, not kept");
        ProfileMeasurement m = new ProfileMeasurement(java.util.Optional.of(
                org.msbiome.core.microbiome.ProfilingMethod.SHOTGUN_METAGENOMICS), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), ValueKind.COUNTS, java.util.Optional.empty());
        return table.build(true, "", m, problems, notes);
    }

    /** Adds the sample; an ID the vocabulary refuses is a problem at {@code at}, not a thrown exception. */
    private static boolean addSample(TableAssembler table, String id, String at, String what, List<Problem> problems) {
        try {
            table.samples.add(TableAssembler.sample(id, java.util.Map.of()));
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, what + ": " + e.getMessage()));
            return false;
        }
    }

    /** Adds a feature; an ID or lineage the vocabulary refuses is a problem at {@code at}, not a thrown exception. */
    private static boolean addFeature(TableAssembler table, Supplier<Feature> feature, String at,
            String what, List<Problem> problems) {
        try {
            table.features.add(feature.get());
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, what + ": " + e.getMessage()));
            return false;
        }
    }

    private static @Nullable Double parse(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
