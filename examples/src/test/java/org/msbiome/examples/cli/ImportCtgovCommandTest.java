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
                + "  (document): [syntax] not well-formed JSON: ")
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
        assertThat(run.err()).contains("Missing required parameter: '<file>'").doesNotContain("\tat ");
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
}
