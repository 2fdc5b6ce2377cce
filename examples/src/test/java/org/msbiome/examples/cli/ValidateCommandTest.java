package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.Taxa;
import org.msbiome.io.MsbiomeJson;

/** {@code msbiome validate} on good and bad files: exit codes, problem lines, progress and usage errors. */
class ValidateCommandTest {
    private static final String GOOD_TAXON = MsbiomeJson.writer().compact().write(Taxa.LACTICASEIBACILLUS_RHAMNOSUS);
    private static final String BAD_STRAIN = """
            {
              "format": "msbiome",
              "version": "1.0",
              "kind": "strain",
              "strain": {
                "taxon": {"name": {"genus": "Lacticaseibacillus", "species": "rhamnosus"}, "ncbiTaxonId": -3},
                "designation": "GG",
                "deposits": [{"collection": "ATCC", "accession": "53103", "typeStrain": "no"}],
                "colour": "white"
              }
            }
            """;

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /**
     * Salami 2019's EDSS finding of the catalog (−0.52 ± 0.04 and +0.16 ± 0.07, n = 24 each; issue #17), also
     * as an NDJSON stream: the flags are printed, and they do not make the document invalid.
     */
    @Test
    void plausibilityPrintsTheFlagsOfFindingsWithoutChangingTheExitCode() throws IOException {
        Path salami = Path.of("src/main/resources/org/msbiome/examples/catalog/studies/salami-2019/"
                + "finding-01-expanded-disability-status-scale.json");
        Path stream = write("findings.ndjson", MsbiomeJson.reader().readAny(Files.readString(salami)).orElseThrow()
                instanceof org.msbiome.core.evidence.Finding f ? MsbiomeJson.writer().write(f).replace("\n", "") + "\n" : "");

        Run run = run("validate", "--plausibility", salami.toString(), stream.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.outLines()).hasSize(6);
        assertThat(run.outLines().get(0)).isEqualTo("2 documents in 2 files: all valid");
        assertThat(run.outLines().get(1)).startsWith(salami + ": plausibility: Salami 2019, probiotic arm: "
                + "sd-looks-like-se: ± 0.04 cannot be an SD");
        assertThat(run.outLines().get(2)).startsWith(salami + ": plausibility: Salami 2019, comparator arm: grim:");
        assertThat(run.outLines().get(3)).startsWith(stream + ":1: plausibility: Salami 2019, probiotic arm:");
        assertThat(run.outLines().get(5)).startsWith("plausibility: 4 flags (a flag is not a problem");
        assertThat(run("validate", salami.toString()).out()).isEqualTo("1 document in 1 file: all valid\n");
    }

    @Test
    void validDocumentExitsZero() throws IOException {
        Path good = write("lgg.json", MsbiomeJson.writer().write(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG));

        Run run = run("validate", good.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).isEqualTo("1 document in 1 file: all valid\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfADocumentWithFileAndPointerAndExitsOne() throws IOException {
        Path bad = write("bad.json", BAD_STRAIN);

        Run run = run("validate", bad.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.outLines()).containsExactly(
                bad + ": /strain/colour: [unknown-property] unknown property 'colour' of Strain; known properties: "
                        + "taxon, designation, deposits",
                bad + ": /strain/taxon/ncbiTaxonId: [invalid-value] NCBI Taxonomy ID -3 is not positive; expected a "
                        + "positive integer, like 47715",
                bad + ": /strain/deposits/0/typeStrain: [wrong-type] expected a boolean (true or false), found a string",
                "1 document in 1 file: 0 valid, 1 invalid (3 problems)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void syntaxErrorHasLineAndColumn() throws IOException {
        Path broken = write("broken.json", "{\n  \"format\": \"msbiome\",\n  \"version\": 1.0,,\n}\n");

        Run run = run("validate", broken.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.outLines().get(0)).startsWith(broken + ":3:").contains(": (document): [syntax] ");
    }

    @Test
    void ndjsonProblemsNameTheLineOfTheStream() throws IOException {
        Path lines = write("taxa.ndjson", GOOD_TAXON + "\n"
                + GOOD_TAXON.replace("\"version\":\"1.0\"", "\"version\":\"2.0\"") + "\n"
                + "\n"
                + "{\"format\":\n"
                + GOOD_TAXON + "\n");

        Run run = run("validate", lines.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).isEqualTo(lines + ":2: /version: [unsupported-version] format version "
                + "'2.0' is not supported; this reader knows format versions 1.0 (and reads any 1.x)");
        assertThat(run.outLines().get(1)).startsWith(lines + ":4:").contains("[syntax]");
        assertThat(run.outLines().get(2)).isEqualTo("4 documents in 1 file: 2 valid, 2 invalid (2 problems)");
    }

    @Test
    void blankLinesOfAnNdjsonFileAreNotDocuments() throws IOException {
        // A line break after the last document, and blank lines (empty, or spaces, tabs and CR only) anywhere.
        Path lines = write("taxa.ndjson", "\n" + GOOD_TAXON + "\r\n" + " \t\n" + GOOD_TAXON + "\n\n  \n");

        Run run = run("validate", lines.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.outLines()).containsExactly("2 documents in 1 file: all valid");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void directoriesAreSearchedRecursivelyForJsonAndNdjsonOnly() throws IOException {
        write("a/good.json", GOOD_TAXON);
        write("a/b/more.ndjson", GOOD_TAXON + "\n" + GOOD_TAXON + "\n");
        write("a/b/c/bad.json", BAD_STRAIN);
        write("a/notes.txt", "not a document");

        Run run = run("validate", dir.resolve("a").toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.outLines()).hasSize(4)
                .allSatisfy(line -> assertThat(line).doesNotContain("notes.txt"))
                .last().isEqualTo("4 documents in 3 files: 3 valid, 1 invalid (3 problems)");
        assertThat(run.outLines().get(0)).startsWith(dir.resolve("a/b/c/bad.json") + ": /strain/colour: ");
    }

    @Test
    void validDirectoryExitsZero() throws IOException {
        write("good.json", GOOD_TAXON);
        write("lines.ndjson", GOOD_TAXON + "\n");

        Run run = run("validate", dir.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).isEqualTo("2 documents in 2 files: all valid\n");
    }

    @Test
    void fileThatIsNotUtf8IsAProblemNotACrash() throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"format\": \"msbiome\", \"kind\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        Run run = run("validate", latin1.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.outLines().get(0))
                .isEqualTo(latin1 + ":1:37: /kind: [syntax] malformed JSON: Invalid UTF-8 middle byte 0x22");
    }

    @Test
    void writesProgressToStandardErrorOnlyEveryNDocuments() throws IOException {
        Path lines = write("many.ndjson", (GOOD_TAXON + "\n").repeat(5));

        Run run = run("validate", "--progress-every", "2", lines.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.err().lines()).containsExactly(
                "msbiome: 2 documents checked, 0 invalid (now at " + lines + " line 2)",
                "msbiome: 4 documents checked, 0 invalid (now at " + lines + " line 4)");
        assertThat(run.out()).isEqualTo("5 documents in 1 file: all valid\n");

        assertThat(run("validate", lines.toString()).err()).as("no progress for a small input").isEmpty();
    }

    @Test
    void missingFileIsAUsageErrorWithoutStackTrace() {
        Path missing = dir.resolve("missing.json");

        Run run = run("validate", missing.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "msbiome: no such file or directory: '" + missing + "'",
                "Try 'msbiome validate --help'.");
    }

    @Test
    void badOptionIsAUsageError() {
        Run run = run("validate", "--progress-every", "often", dir.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).startsWith("msbiome: Invalid value for option '--progress-every': 'often' is not a whole number")
                .doesNotContain("Exception");
    }

    @Test
    void noPathIsAUsageError() {
        Run run = run("validate");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).startsWith("msbiome: Missing required parameter: 'PATH'");
    }

    @Test
    void directoryWithoutDocumentsIsAUsageError() throws IOException {
        write("readme.txt", "nothing to check");

        Run run = run("validate", dir.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).startsWith("msbiome: no *.json or *.ndjson files under '" + dir + "'");
    }

    @Test
    void aCfuAmountThatIsNotPositiveGetsAHintInTheFormJsonAccepts() throws IOException {
        // The frozen 1.0 formulation with its first amount made negative: a JSON document takes a number, so the
        // hint shows a number (2E+9), not the text forms Strength.parse reads ('2 × 10^9 CFU').
        Path frozen = Path.of("").toAbsolutePath().resolve(Files.isDirectory(Path.of("src")) ? "" : "examples")
                .resolve("../io/src/test/resources/compat/1.0/formulation-synbiotic-sachets.json").normalize();
        Path file = write("negative.json", Files.readString(frozen).replace("\"amount\": 5E+9", "\"amount\": -2E+9"));

        Run run = run("validate", file.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.outLines().get(0)).isEqualTo(file + ": /formulation/components/0/strength/amount: [invalid-value]"
                + " CFU amount -2000000000 is negative; expected a positive number of colony-forming units, like 2E+9");
        Path fixed = write("fixed.json", Files.readString(file).replace("-2E+9", "2E+9"));
        assertThat(run("validate", fixed.toString()).exit()).as("the hinted form is accepted").isEqualTo(MsbiomeCommand.OK);
    }

    /** Issue #20: the progress line said "1 documents checked". */
    @Test
    void oneIsSingularInTheProgressLineAndTheSummary() throws IOException {
        Path file = write("one.json", GOOD_TAXON);

        Run run = run("validate", "--progress-every", "1", file.toString());

        assertThat(run.err()).isEqualTo("msbiome: 1 document checked, 0 invalid (now at " + file + ")\n");
        assertThat(run.out()).isEqualTo("1 document in 1 file: all valid\n");
    }
}
