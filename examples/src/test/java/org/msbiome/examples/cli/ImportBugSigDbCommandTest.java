package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.core.signature.Experiment;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.bugsigdb.BugSigDbImporter;

/**
 * {@code msbiome import-bugsigdb} on the BugSigDB excerpt: 37 rows of the export of 2025-08-05
 * (waldronlab/BugSigDBExports, {@code full_dump.csv}, commit 0004e7136219fb54a98d180d5c6066be6b3858f6; CC BY 4.0;
 * Geistlinger et al., Nat Biotechnol 2023, doi:10.1038/s41587-023-01872-y), the copy in the io module's test
 * resources, and on exports changed by the tests. The expected counts and positions are read off the CSV: 21
 * studies, 28 experiments (one, {@code bsdb:31815177/9/NA}, without signatures) and 36 signatures by BSDB ID;
 * the empty 10th taxon entry of {@code bsdb:29625474/1/1} on data row 32, line 35; the {@code CHEBI:33281} term
 * of {@code bsdb:27411009/1/1} (a prefix the vocabulary does not take) on row 26, line 29.
 */
class ImportBugSigDbCommandTest {
    static final Path EXCERPT = moduleDir().resolve("../io/src/test/resources/org/msbiome/io/bugsigdb/bugsigdb-excerpt.csv")
            .normalize();
    static final String PROVENANCE = "BugSigDB 2025-08-05_03:29_UTC, License: Creative Commons Attribution 4.0"
            + " International, URL: https://bugsigdb.org";

    @TempDir
    Path dir;

    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("src")) ? here : here.resolve("examples");
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsTheLossReportAndTheSummaryOfTheExcerpt() {
        Run run = run("import-bugsigdb", EXCERPT.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).as("the excerpt has rejected values").isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.out()).contains(
                "Values mapped, per column (",
                "  BSDB ID                     37\n",
                "\nInferred values (1)\n  row 25 (line 27), MetaPhlAn taxon names: inferred:"
                        + " 's__Bifidobacterium longum subsp. longum': a second s__ level read as the subspecies",
                "\nRejected values (2)\n",
                "  row 26 (line 29), EFO ID: rejected: 'CHEBI:33281': ontology term ID 'CHEBI:33281' is not of the form",
                "  row 32 (line 35), MetaPhlAn taxon names: rejected: 'k__Pseudomonadati|p__Pseudomonadota|",
                "entry 10 of the taxon list is empty\n",
                "\nUnmapped columns and values (2)\n  row 0 (line 2), URL: unmapped: values not mapped: ",
                "  row 0 (line 2), Signature page name: unmapped: ",
                "\nMissing columns (0)\n",
                "\nSummary\n  export: " + PROVENANCE + "\n"
                        + "  37 rows: 21 studies, 28 experiments (1 without signatures), 36 signatures\n"
                        + "  1 inferred, 2 rejected, 2 unmapped, 0 missing\n");
        assertThat(run.out()).doesNotContain("wrote");
    }

    @Test
    void anExportWithoutRejectedValuesExitsWithZeroAndAMissingColumnIsReported() throws IOException {
        List<String> lines = Files.readAllLines(EXCERPT, StandardCharsets.UTF_8);
        // The comment line, the header and Tremlett 2016's first row (bsdb:27176462/1/1), which has no issue.
        Path one = Files.write(dir.resolve("one.csv"), List.of(lines.get(0), lines.get(1), lines.get(6)),
                StandardCharsets.UTF_8);
        assertThat(lines.get(6)).startsWith("bsdb:27176462/1/1,");

        Run clean = run("import-bugsigdb", one.toString());
        assertThat(clean.exit()).as(clean.out()).isEqualTo(MsbiomeCommand.OK);
        assertThat(clean.out()).contains("  1 row: 1 study, 1 experiment (0 without signatures), 1 signature\n"
                + "  0 inferred, 0 rejected, 2 unmapped, 0 missing\n");

        Path noReviewer = Files.write(dir.resolve("no-reviewer.csv"), List.of(lines.get(0),
                lines.get(1).replace(",Reviewer", ""), lines.get(6).replaceAll(",Atrayees$", "")), StandardCharsets.UTF_8);
        Run missing = run("import-bugsigdb", noReviewer.toString());
        assertThat(missing.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(missing.out()).contains("\nMissing columns (1)\n  row 0 (line 2), Reviewer: missing: the header has no"
                + " column 'Reviewer'; its values are absent\n");
    }

    @Test
    void writesOneJsonObjectPerMappedColumnAndIssueAndTheSummary() {
        Run run = run("import-bugsigdb", EXCERPT.toString(), "--format", "json");

        List<String> lines = run.out().lines().toList();
        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(lines).first().isEqualTo("{\"type\":\"mapped\",\"column\":\"BSDB ID\",\"values\":37}");
        assertThat(lines).contains("{\"type\":\"import-issue\",\"kind\":\"rejected\",\"row\":26,\"line\":29,"
                + "\"column\":\"EFO ID\",\"value\":\"CHEBI:33281\",\"reason\":\"ontology term ID 'CHEBI:33281' is not of"
                + " the form PREFIX_digits with a prefix among EFO, MONDO, HP, UBERON, NCBITaxon; expected e.g."
                + " 'EFO_0003885' or 'MONDO:0005301'\"}");
        assertThat(lines).last().isEqualTo("{\"type\":\"bugsigdb-summary\",\"provenance\":\"" + PROVENANCE + "\","
                + "\"rows\":37,\"studies\":21,\"experiments\":28,\"experimentOnly\":1,\"signatures\":36,\"inferred\":1,"
                + "\"rejected\":2,\"unmapped\":2,\"missing\":0,\"clean\":false}");
    }

    @Test
    void writesEveryExperimentAsADocumentThatReadsBackAsImported() throws IOException {
        List<Experiment> imported;
        try (Reader in = Files.newBufferedReader(EXCERPT, StandardCharsets.UTF_8)) {
            imported = BugSigDbImporter.read(in).experiments();
        }
        Path ndjson = dir.resolve("excerpt.ndjson");

        Run run = run("import-bugsigdb", EXCERPT.toString(), "--output", ndjson.toString());

        assertThat(run.out()).endsWith("  wrote 28 experiment documents to " + ndjson + "\n");
        assertThat(Files.readAllLines(ndjson, StandardCharsets.UTF_8))
                .map(line -> MsbiomeJson.reader().read(line, Experiment.class).orElseThrow())
                .isEqualTo(imported);
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".part"));

        Path docs = dir.resolve("docs");
        Run toDirectory = run("import-bugsigdb", EXCERPT.toString(), "--output", docs.toString());
        assertThat(toDirectory.out()).endsWith("  wrote 28 experiment documents to " + docs + "\n");
        assertThat(docs.resolve("27352007-1.experiment.json")).exists();
        Experiment experimentOnly = MsbiomeJson.reader().read(docs.resolve("31815177-9.experiment.json"), Experiment.class)
                .orElseThrow();
        assertThat(experimentOnly.isExperimentOnly()).isTrue();
        Run validate = run("validate", docs.toString());
        assertThat(validate.out()).isEqualTo("28 documents in 28 files: all valid\n");
    }

    @Test
    void anExportThatBreaksOffLeavesNoPartialOutput() throws IOException {
        // The excerpt, then a row whose quoted field never ends: the CSV parser fails after 28 experiments.
        Path broken = Files.writeString(dir.resolve("broken.csv"), Files.readString(EXCERPT, StandardCharsets.UTF_8)
                + "bsdb:1/1/1,\"never closed\n");
        Path ndjson = dir.resolve("out.ndjson");
        Path docs = dir.resolve("docs");

        Run toNdjson = run("import-bugsigdb", broken.toString(), "--output", ndjson.toString());
        Run toDirectory = run("import-bugsigdb", broken.toString(), "--output", docs.toString());

        assertThat(toNdjson.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(toNdjson.err()).startsWith("msbiome: import-bugsigdb: " + broken + " is not a BugSigDB export: the"
                + " export is not readable CSV: ").endsWith("; nothing was written\n");
        assertThat(ndjson).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".part"));
        assertThat(toDirectory.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(docs).doesNotExist();
    }

    @Test
    void checksTheOutputPathBeforeReadingTheExport() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "not a directory");

        Run run = run("import-bugsigdb", dir.resolve("absent.csv").toString(), "--output", file.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("msbiome: --output: '" + file + "' is a file; expected a directory, or a file"
                + " name ending in .ndjson\n");

        Run noDirectory = run("import-bugsigdb", EXCERPT.toString(), "--output",
                dir.resolve("no/such/dir/out.ndjson").toString());
        assertThat(noDirectory.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(noDirectory.out()).isEmpty();
        assertThat(noDirectory.err()).startsWith("msbiome: --output: no such directory: '" + dir.resolve("no/such/dir")
                + "'");
    }

    @Test
    void aMissingFileIsAUsageErrorAndTextThatIsNotAnExportIsAProblem() throws IOException {
        Run absent = run("import-bugsigdb", dir.resolve("absent.csv").toString());
        assertThat(absent.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(absent.err()).isEqualTo("msbiome: import-bugsigdb: no such file: " + dir.resolve("absent.csv") + "\n");

        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Run none = run("import-bugsigdb", empty.toString(), "--output", dir.resolve("out").toString());
        assertThat(none.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(none.err()).isEqualTo("msbiome: import-bugsigdb: " + empty + " is not a BugSigDB export: the export"
                + " has no header line; expected the BugSigDB columns; nothing was written\n");
        assertThat(dir.resolve("out")).doesNotExist();

        Path latin1 = Files.write(dir.resolve("latin1.csv"), new byte[] {'#', ' ', 'B', 'u', 'g', (byte) 0xe9, '\n'});
        Run notUtf8 = run("import-bugsigdb", latin1.toString());
        assertThat(notUtf8.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(notUtf8.err()).isEqualTo("msbiome: import-bugsigdb: " + latin1 + " is not UTF-8 text; expected a"
                + " BugSigDB export as written by bugsigdb.org; nothing was written\n");
    }

    @Test
    void requiresAFile() {
        Run run = run("import-bugsigdb");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).contains("Missing required parameter: '<file>'").doesNotContain("\tat ");
    }
}
