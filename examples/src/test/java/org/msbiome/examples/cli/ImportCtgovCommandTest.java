package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.io.MsbiomeJson;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code msbiome import-ctgov}: on the real record NCT02513394 (public repository
 * mcode/clinical-trial-matching-service, spec/data/NCT02513394.json, cut to protocolSection and hasResults;
 * the copy in the io module's test resources) and on constructed records written by the tests.
 */
class ImportCtgovCommandTest {
    private static final Path RECORDS = moduleDir().resolve("../io/src/test/resources/ctgov").normalize();

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
    void printsTheDesignTheInferredValuesAndTheUnmappedFieldsOfTheRealRecord() {
        Run run = run("import-ctgov", RECORDS.resolve("NCT02513394.json").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).contains(
                "  NCT ID: clinicaltrials-gov:NCT02513394",
                "  secondary ID: 2014-005181-30 [EUDRACT_NUMBER] = eudract:2014-005181-30",
                "  acronym: PALLAS",
                "  start: 2015-08\n",
                "  primary completion: 2020-11 (ACTUAL)",
                "Design\n  study type: INTERVENTIONAL\n  phases: PHASE3\n  allocation: RANDOMIZED\n"
                        + "  intervention model: PARALLEL\n  primary purpose: TREATMENT\n  masking: NONE\n"
                        + "  enrollment: 5796 (ACTUAL)\n  overall status: ACTIVE_NOT_RECRUITING\n",
                "  minimum age: 18 years",
                "    Arm A [EXPERIMENTAL]: Palbociclib, Standard Adjuvant Endocrine Therapy",
                "    Palbociclib [DRUG]: other",
                "    PRIMARY: Invasive Disease Free Survival (iDFS) [4 years]",
                "Inferred values (0)",
                "Rejected values (0)",
                "Unmapped fields (18)",
                "  /protocolSection/contactsLocationsModule (contacts and sites are not part of the vocabulary)");
        assertThat(run.out()).doesNotContain("maximum age");
    }

    @Test
    void printsInferredValuesWithTheirPointerAndText() throws IOException {
        Path file = dir.resolve("constructed.json");
        // A constructed record (fictitious NCT number); it describes no real trial.
        Files.writeString(file, """
                {"protocolSection": {
                  "identificationModule": {"nctId": "NCT99999907"},
                  "conditionsModule": {"conditions": ["Relapsing-Remitting Multiple Sclerosis"]},
                  "designModule": {"studyType": "INTERVENTIONAL", "designInfo": {"interventionModel": "SINGLE_GROUP"}},
                  "armsInterventionsModule": {
                    "armGroups": [{"label": "Probiotic", "type": "EXPERIMENTAL", "interventionNames": ["Dietary Supplement: Capsule"]}],
                    "interventions": [{"type": "DIETARY_SUPPLEMENT", "name": "Capsule",
                      "description": "Lactobacillus rhamnosus capsule", "armGroupLabels": ["Probiotic"]}]},
                  "eligibilityModule": {"minimumAge": "6 Hours"}}}
                """);

        Run run = run("import-ctgov", file.toString());

        assertThat(run.exit()).as("a value was rejected").isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.out()).contains(
                "    Capsule [DIETARY_SUPPLEMENT]: probiotic of Lacticaseibacillus rhamnosus",
                "Inferred values (3)",
                "  design.population.phenotypes = rrms  <- /protocolSection/conditionsModule/conditions/0"
                        + " 'Relapsing-Remitting Multiple Sclerosis'",
                "  design.interventions[Capsule].strains = Lacticaseibacillus rhamnosus"
                        + "  <- /protocolSection/armsInterventionsModule/interventions/0/description 'Lactobacillus rhamnosus'",
                "Rejected values (1)",
                "  /protocolSection/eligibilityModule/minimumAge: \"6 Hours\": the vocabulary holds age limits in whole"
                        + " years",
                "Unmapped fields (0)");
    }

    @Test
    void reportsTextThatIsNotJsonWithoutAStackTrace() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"protocolSection\": {\n  \"designModule\": }\n");

        Run run = run("import-ctgov", file.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("msbiome: import-ctgov: " + file + " is not a ClinicalTrials.gov study record:\n"
                + "  /protocolSection: [syntax] malformed JSON: ")
                .contains("(line 2, column").doesNotContain("Exception", "\tat ");
    }

    @Test
    void reportsAMissingFileAsAUsageError() {
        Run run = run("import-ctgov", dir.resolve("absent.json").toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).isEqualTo("msbiome: import-ctgov: no such file: " + dir.resolve("absent.json") + "\n");
    }

    @Test
    void requiresAFile() {
        Run run = run("import-ctgov");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).contains("Missing required parameter: 'FILE|DIR'").doesNotContain("\tat ");
    }

    @Test
    void importsSeveralFilesAndDirectoriesWithALinePerRecordProgressAndASummary() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch/more"));
        Files.copy(RECORDS.resolve("NCT02210780.json"), dir.resolve("batch/NCT02210780.json"));
        Files.copy(RECORDS.resolve("constructed-unknown-enums.json"), batch.resolve("constructed-unknown-enums.json"));
        Files.writeString(dir.resolve("batch/broken.json"), "{\n");
        Files.write(dir.resolve("batch/binary.json"), new byte[] {'{', (byte) 0x80, 0x01, (byte) 0xff, '}'});
        Files.writeString(dir.resolve("batch/notes.txt"), "not a record, not read");
        Path ndjson = dir.resolve("all.ndjson");

        Run run = run("import-ctgov", dir.resolve("batch").toString(), RECORDS.resolve("NCT02513394.json").toString(),
                "-o", ndjson.toString(), "--progress-every", "2");

        assertThat(run.exit()).as("one record has rejected values, two files are not records").isEqualTo(
                MsbiomeCommand.INVALID);
        assertThat(run.out()).doesNotContain("Exception", "Input length", "notes.txt", "Design\n").contains(
                dir.resolve("batch/NCT02210780.json") + ": NCT02210780: design, results with harms; 1 inferred,"
                        + " 0 rejected, 0 missing, 131 unmapped; wrote 2 documents to " + ndjson + "\n",
                dir.resolve("batch/binary.json") + ": not UTF-8 text: byte 2 (0x80) cannot be decoded as UTF-8;"
                        + " a study record is JSON text\n",
                dir.resolve("batch/broken.json") + ": not a ClinicalTrials.gov study record:\n"
                        + "  (document): [syntax] malformed JSON: ",
                batch.resolve("constructed-unknown-enums.json") + ": NCT99999905: design; 1 inferred, 11 rejected,"
                        + " 1 missing, 4 unmapped; wrote 1 document to " + ndjson + "\n"
                        + "  rejected: /protocolSection/identificationModule/secondaryIdInfos/0/type: \"WHO_UTN\": ",
                "  missing: /protocolSection: outcomesModule is missing: ",
                RECORDS.resolve("NCT02513394.json") + ": NCT02513394: design; 0 inferred, 0 rejected, 0 missing,"
                        + " 18 unmapped; wrote 1 document to " + ndjson + "\n");
        assertThat(run.out()).endsWith("5 files: 3 records imported (2 clean, 1 with rejected or missing values),"
                + " 2 files are not a study record, 0 unreadable; 4 documents written to " + ndjson + "\n");
        assertThat(run.err()).isEqualTo("msbiome: 2 files read: 1 imported, 1 not imported\n"
                + "msbiome: 4 files read: 2 imported, 2 not imported\n");
        List<String> lines = Files.readAllLines(ndjson);
        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(l -> assertThat(MsbiomeJson.reader().readAny(l).problems()).isEmpty());
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithTheReasonAndTheRunGoesOn() {
        // /proc/self/mem exists and cannot be read from its start (the address 0 is not mapped): an I/O error,
        // whoever runs the test (a file without read permission can still be read by root).
        Run run = run("import-ctgov", "/proc/self/mem", RECORDS.resolve("NCT02513394.json").toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.err()).as("no progress line: 1,000 records by default").isEmpty();
        assertThat(run.out()).startsWith("/proc/self/mem: cannot be read: Input/output error (the rest was still"
                + " imported)\n" + RECORDS.resolve("NCT02513394.json") + ": NCT02513394: design;")
                .endsWith("2 files: 1 record imported (1 clean, 0 with rejected or missing values), 0 files are not"
                        + " a study record, 1 unreadable\n");
    }

    @Test
    void writesEachRecordToADirectoryNamedByItsNctIdWithoutOverwritingAnotherRecordOfTheRun() throws IOException {
        Path out = dir.resolve("docs");
        Path copy = Files.copy(RECORDS.resolve("NCT02513394.json"), dir.resolve("again.json"));

        Run run = run("import-ctgov", RECORDS.resolve("NCT02513394.json").toString(), copy.toString(),
                "--output", out.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).contains("; wrote " + out.resolve("NCT02513394.clinical-trial.json") + "\n",
                "; wrote " + out.resolve("NCT02513394-2.clinical-trial.json") + "\n",
                "2 documents written to " + out);
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "NCT02513394-2.clinical-trial.json", "NCT02513394.clinical-trial.json");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsAUsageErrorBeforeAnythingIsRead() throws IOException {
        Path nowhere = dir.resolve("no/such/dir/out.ndjson");
        Run run = run("import-ctgov", RECORDS.resolve("NCT02513394.json").toString(), dir.toString(), "-o",
                nowhere.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("msbiome: import-ctgov: cannot write " + nowhere + ": no such file or directory\n");

        Path file = Files.writeString(dir.resolve("a-file"), "");
        Run notADirectory = run("import-ctgov", RECORDS.resolve("NCT02513394.json").toString(), "-o", file.toString());
        assertThat(notADirectory.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(notADirectory.err()).contains("'" + file + "' is a file; expected a directory, or a file name ending"
                + " in .ndjson");
    }

    @Test
    void aFileThatIsNotTextSaysSoLikeValidate() throws IOException {
        Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0x80, 0x01, 0x02, (byte) 0xfe});

        Run run = run("import-ctgov", binary.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.err()).isEqualTo("msbiome: import-ctgov: " + binary + " is not UTF-8 text: byte 1 (0x80) cannot"
                + " be decoded as UTF-8; a study record is JSON text\n");
    }

    @Test
    void oneIsSingularInTheProgressLineAndTheSummary() {
        Run run = run("import-ctgov", "--progress-every", "1", "--format", "text",
                RECORDS.resolve("NCT02513394.json").toString(), RECORDS.resolve("NCT02210780.json").toString());

        assertThat(run.err()).startsWith("msbiome: 1 file read: 1 imported, 0 not imported\n"
                + "msbiome: 2 files read: 2 imported, 0 not imported\n");
        assertThat(run.out()).endsWith("2 files: 2 records imported (2 clean, 0 with rejected or missing values),"
                + " 0 files are not a study record, 0 unreadable\n");
    }

    @Test
    void aProgressIntervalThatIsNotANumberIsSaidInWords() {
        Run run = run("import-ctgov", RECORDS.resolve("NCT02513394.json").toString(), "--progress-every=abc");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).contains("'abc' is not a whole number; expected a count of records like 1000")
                .doesNotContain("is not a long");
    }

    /** The help's paragraphs are wrapped by picocli, not broken by hand mid-sentence. */
    @Test
    void helpWrapsWholeParagraphs() {
        String help = run("import-ctgov", "--help").out();

        assertThat(help).contains("Import ClinicalTrials.gov API v2 study records (JSON) and show what mapped,\n"
                + "what was inferred, what was rejected and what was not mapped.\n", "-o, --output=DIR|FILE.ndjson",
                "--progress-every=N", "--format=text|json");
    }

    @Test
    void phaseNaIsPrintedAsNotApplicable() {
        Run run = run("import-ctgov", RECORDS.resolve("constructed-single-group-pilot.json").toString());

        assertThat(run.out()).contains("  phases: not applicable\n").doesNotContain("phases: NA");
    }

    @Test
    void printsTheResultsAndSafetyOfARealRecordAndWritesThemAsDocuments() throws IOException {
        // NCT02210780 (public repository ctti-clinicaltrials/aact, spec/support/json_data; copy in io's test resources).
        Path ndjson = dir.resolve("out.ndjson");
        Run run = run("import-ctgov", RECORDS.resolve("NCT02210780.json").toString(), "--output", ndjson.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(
                "  groups matched to arms (4 distinct):",
                "    EG000 'Placebo qw' -> arm 'Placebo qw'",
                "    other events listed above: 5%",
                "      Conjunctivitis                        0/97                    8/97",
                "    withdrawn for adverse events            0/97                    5/97",
                "      computed: MD -2.1300 (95% CI -2.8355 to -1.4245; variance 0.129581; "
                        + "SD FROM_STANDARD_ERROR/FROM_STANDARD_ERROR) from LEAST_SQUARES_MEAN with STANDARD_ERROR",
                "wrote " + ndjson);
        List<String> lines = Files.readAllLines(ndjson);
        assertThat(lines).hasSize(2);
        assertThat(MsbiomeJson.reader().readAny(lines.get(1)).orElseThrow()).isInstanceOf(SafetyReport.class);

        Run toDir = run("import-ctgov", RECORDS.resolve("NCT02210780.json").toString(), "--output",
                dir.resolve("docs").toString());
        assertThat(toDir.out()).contains("NCT02210780.safety-report.json", "NCT02210780.clinical-trial.json");
        assertThat(MsbiomeJson.reader().read(dir.resolve("docs/NCT02210780.safety-report.json"), SafetyReport.class)
                .problems()).isEmpty();
    }

    /** A record whose keywords alternate "k" and {} (issue #18 D05, at 2,500 keywords): 1,250 of each. */
    private Path alternatingKeywords() throws IOException {
        StringBuilder keywords = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            keywords.append(i == 0 ? "" : ",").append(i % 2 == 0 ? "\"k\"" : "{}");
        }
        return Files.writeString(dir.resolve("keywords.json"), "{\"protocolSection\":{\"identificationModule\":"
                + "{\"nctId\":\"NCT02513394\"},\"designModule\":{\"studyType\":\"INTERVENTIONAL\"},"
                + "\"conditionsModule\":{\"keywords\":[" + keywords + "]}}}");
    }

    @Test
    void aLongListShowsItsFirstThousandValuesAndHowManyMoreAndAllListsEveryOne() throws IOException {
        Path record = alternatingKeywords();

        Run run = run("import-ctgov", record.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.out()).contains("Rejected values (1250)\n",
                "  /protocolSection/conditionsModule/keywords/1999: {}: expected a string\n"
                        + "  ... and 250 more (--all lists every one; --format json writes each as a line)\n",
                "; k; ... and 250 more (1,250 in all; --all lists every one)\n")
                .doesNotContain("keywords/2001:");
        assertThat(run.out().lines().filter(l -> l.endsWith(": {}: expected a string"))).hasSize(1_000);

        Run all = run("import-ctgov", record.toString(), "--all");
        assertThat(all.out().lines().filter(l -> l.endsWith(": {}: expected a string"))).hasSize(1_250);
        assertThat(all.out()).contains("keywords/2499: {}: expected a string\n").doesNotContain("more");

        Run batch = run("import-ctgov", record.toString(), RECORDS.resolve("NCT02513394.json").toString());
        assertThat(batch.out().lines().filter(l -> l.startsWith("  rejected: "))).hasSize(1_000);
        assertThat(batch.out()).contains("  ... and 250 more rejected values and missing members (--all lists every"
                + " one; --format json writes each as a line)\n");
        Run json = run("import-ctgov", record.toString(), "--format", "json");
        assertThat(json.out().lines().filter(l -> l.startsWith("{\"type\":\"rejected\""))).hasSize(1_250);
    }

    @Test
    void aDesignTheWriterRefusesIsNotWrittenAndTheOtherRecordsStillAre() throws IOException {
        // NCT02210780 with a control character in an arm's label: the importer rejects the label, the design keeps
        // one arm of a randomized trial, which the writer refuses (the rule is among the rejected values too).
        String text = Files.readString(RECORDS.resolve("NCT02210780.json"));
        Path record = Files.writeString(dir.resolve("bad-arm.json"),
                text.replaceFirst("\"label\": ?\"Placebo qw\"", "\"label\":\"Placebo qw\\\\u001b\""));
        assertThat(Files.readString(record)).contains("Placebo qw\\u001b");
        Path out = dir.resolve("docs");

        Run run = run("import-ctgov", record.toString(), RECORDS.resolve("NCT02513394.json").toString(), "-o",
                out.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.out()).contains("  clinical-trial not written: the writer refuses it: /clinical-trial/arms:"
                        + " [constraint-violation] a randomized trial needs at least two arms",
                "; wrote " + out.resolve("NCT02210780.safety-report.json") + "\n",
                "; wrote " + out.resolve("NCT02513394.clinical-trial.json") + "\n");
        assertThat(out.resolve("NCT02210780.clinical-trial.json")).doesNotExist();

        Run json = run("import-ctgov", record.toString(), "--format", "json", "-o", dir.resolve("more").toString());
        assertThat(json.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(json.out()).contains("{\"type\":\"not-written\",\"message\":\"" + record
                + ": clinical-trial not written: the writer refuses it: ");

        Run single = run("import-ctgov", record.toString(), "-o", dir.resolve("one").toString());
        assertThat(single.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(single.out()).contains("clinical-trial not written: the writer refuses it: ");
    }
}
