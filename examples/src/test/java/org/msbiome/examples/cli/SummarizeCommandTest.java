package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msbiome.core.evidence.Finding;
import org.msbiome.io.MsbiomeJson;

/**
 * {@code msbiome summarize} and {@code msbiome outcomes} on the user's own finding documents (files,
 * directories, NDJSON, standard input) as well as the catalog; outcomes found by code, title or alias; numbers
 * in ASCII whatever the output charset. The EDSS figures are those of issue #20 (REML over Kouchaki 2017 and
 * Salami 2019 under --assume-sd: -0.57 [-0.84, -0.30]).
 */
class SummarizeCommandTest {
    private static final String CATALOG = "/org/msbiome/examples/catalog/studies/";
    private static final String KOUCHAKI_EDSS = CATALOG + "kouchaki-2017/finding-01-expanded-disability-status-scale.json";
    private static final String SALAMI_EDSS = CATALOG + "salami-2019/finding-01-expanded-disability-status-scale.json";
    private static final String POOLED_EDSS = "Pooled (REML, 2 studies): -0.57 [-0.84, -0.30]";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @AfterEach
    void restoreStandardInput() {
        Inputs.standardInput = System.in;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SummarizeCommandTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String compact(String path) throws IOException {
        Finding finding = MsbiomeJson.reader().read(resource(path), Finding.class).orElseThrow();
        return MsbiomeJson.writer().compact().write(finding);
    }

    @Test
    void poolsTheUsersOwnFindingDocumentsInADirectory() throws IOException {
        Files.writeString(dir.resolve("kouchaki.json"), resource(KOUCHAKI_EDSS));
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/salami.json"), resource(SALAMI_EDSS));

        Run run = run("summarize", "EDSS", dir.toString(), "--assume-sd");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).contains("Read 2 documents in 2 files: all valid: 2 findings",
                "Evidence for Expanded Disability Status Scale: 2 studies", POOLED_EDSS)
                .doesNotContain("Naseri 2025", "Published:");
    }

    @Test
    void poolsAnNdjsonStreamFromStandardInput() throws IOException {
        String ndjson = compact(KOUCHAKI_EDSS) + "\n" + compact(SALAMI_EDSS) + "\n";
        Inputs.standardInput = new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8));

        Run run = run("summarize", "edss", "-", "--assume-sd");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).contains("2 findings", POOLED_EDSS);
    }

    @Test
    void withCatalogTheUsersFindingsAreAddedToTheCatalogsAndAStudyTwiceIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("kouchaki.json"), resource(KOUCHAKI_EDSS));

        Run run = run("summarize", "EDSS", file.toString(), "--catalog", "--assume-sd");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).startsWith("msbiome: study 'Kouchaki 2017' has more than one finding on Expanded "
                + "Disability Status Scale (given twice, or in a PATH and in the catalog?)");
    }

    @Test
    void anInvalidDocumentIsReportedLeftOutAndMakesTheExitCodeOne() throws IOException {
        Files.writeString(dir.resolve("kouchaki.json"), resource(KOUCHAKI_EDSS));
        Files.writeString(dir.resolve("salami.json"), resource(SALAMI_EDSS));
        Files.writeString(dir.resolve("broken.json"), "{\"kind\": ");

        Run run = run("summarize", "EDSS", dir.toString(), "--assume-sd");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.out()).contains("broken.json:1:", "[syntax]", "invalid documents are left out", POOLED_EDSS);
    }

    /** Issue #20's names: each finds what it names, by code, title or alias, ignoring case and punctuation. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EDSS                             | Expanded Disability Status Scale
            expanded disability status scale | Expanded Disability Status Scale
            BDI                              | Beck Depression Inventory (BDI)
            BDI-II                           | Beck Depression Inventory-II
            GHQ                              | General Health Questionnaire (GHQ)
            GHQ-28                           | General Health Questionnaire-28
            IL10                             | IL-10
            il-6                             | IL-6
            IFN-gamma                        | IFN-γ
            hs-crp:ug/mL                     | hs-CRP
            tnf-a:unit-not-reported          | TNF-α
            """)
    void findsTheOutcomeByCodeTitleOrAlias(String name, String title) {
        Run run = run("summarize", name);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Evidence for " + title + ":");
    }

    /** Issue #18 D11: the catalog has TNF-α twice; a name that matches both lists both, each with its code. */
    @ParameterizedTest
    @CsvSource({"TNF-a", "TNFa", "TNF-α"})
    void anAmbiguousNameIsAnErrorListingTheCandidatesWithTheirCodes(String name) {
        Run run = run("summarize", name);

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.err()).contains("names 2 outcomes; choose one by its code: "
                + "tnf-a:pbmc-mrna:unit-not-reported: TNF-α (pbmc-mrna, unit not reported); "
                + "tnf-a:unit-not-reported: TNF-α (unit not reported)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void eachOfTwoOutcomesSharingATitleCanBeSelected() {
        assertThat(run("summarize", "hs-crp:ug/mL").out()).contains("Kouchaki 2017").doesNotContain("Salami 2019");
        assertThat(run("summarize", "hs-crp:unit-not-reported").out()).contains("Salami 2019")
                .doesNotContain("Kouchaki 2017");
    }

    @Test
    void outcomesListsTheCodesOfTheUsersFindings() throws IOException {
        Files.writeString(dir.resolve("kouchaki.json"), resource(KOUCHAKI_EDSS));
        Files.writeString(dir.resolve("il10.json"), resource(CATALOG + "salami-2019/finding-07-il-10.json"));

        Run run = run("outcomes", dir.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out().lines()).containsSubsequence(
                "Read 2 documents in 2 files: all valid: 2 findings",
                "code   findings  title",
                "il-10         1  IL-10 (unit not reported)",
                "edss          1  Expanded Disability Status Scale");
    }

    @Test
    void outcomesWithoutAPathListsTheCatalogIncludingBothHsCrpMeasures() {
        assertThat(run("outcomes").out()).contains("hs-crp:ug/mL ", "hs-crp:unit-not-reported ", "bdi-ii ");
    }

    @Test
    void nothingToPoolHasItsOwnExitCode() {
        assertThat(run("summarize", "GHQ").exit()).isEqualTo(MsbiomeCommand.NOTHING_TO_POOL);
    }

    /** Issue #20: with LANG=C every minus sign had become '?'; numbers are ASCII whatever the charset. */
    @Test
    void inAsciiEveryNumberIsAsciiAndNothingBecomesAQuestionMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = MsbiomeCommand.execute(out, err, StandardCharsets.US_ASCII, "summarize", "EDSS", "--assume-sd");

        String text = out.toString(StandardCharsets.US_ASCII);
        assertThat(exit).isEqualTo(MsbiomeCommand.OK);
        assertThat(text).doesNotContain("?").contains(POOLED_EDSS,
                "Heterogeneity: Q = 5.13 (df = 1), I2 = 80.5%, tau2 = ",
                "(probiotic - placebo)", "0.04 x ");
        assertThat(text.chars()).allMatch(c -> c < 128);
        assertEveryNumberParses(text);
    }

    @Test
    void inUtf8TextKeepsItsSymbolsButNumbersNeverUseUnicodeMinus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MsbiomeCommand.execute(out, new ByteArrayOutputStream(), StandardCharsets.UTF_8, "summarize", "EDSS",
                "--assume-sd");

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("I² = 80.5%, τ² = ", POOLED_EDSS).doesNotContainPattern("\u2212\\s?\\d");
        assertEveryNumberParses(text);
    }

    /** Every signed decimal in the text reads as a number, as R's as.numeric and Python's float() read it. */
    private static void assertEveryNumberParses(String text) {
        Matcher numbers = Pattern.compile("-?\\d+\\.\\d+").matcher(text);
        int count = 0;
        while (numbers.find()) {
            Double.parseDouble(numbers.group());
            count++;
        }
        assertThat(count).isGreaterThan(10);
    }

    @Test
    void aFixedEffectModelPrintsNoTau2() {
        assertThat(run("summarize", "EDSS", "--assume-sd", "--method", "FE").out())
                .contains("(fixed effect: no τ²)").doesNotContain("τ² = 0.0000");
    }

    /** Issue #20: --svg /proc/x.svg said only "msbiome: /proc/x.svg", after the whole summary. */
    @Test
    void anSvgPathThatCannotBeWrittenIsRefusedFirstWithItsReason() {
        Run run = run("summarize", "EDSS", "--assume-sd", "--svg", dir.resolve("no/such/dir/plot.svg").toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("msbiome: --svg: no such directory: '" + dir.resolve("no/such/dir") + "'");

        Run directory = run("summarize", "EDSS", "--svg", dir.toString());
        assertThat(directory.err()).startsWith("msbiome: --svg: '" + dir + "' is a directory");
    }

    /** hs-CRP (µg/mL) has one study with an estimate and CI: it is drawn, not "nothing can be drawn". */
    @Test
    void aSingleStudyWithAnIntervalIsDrawn() throws IOException {
        Path svg = dir.resolve("crp.svg");

        Run run = run("summarize", "hs-crp:ug/mL", "--assume-sd", "--svg", svg.toString());

        assertThat(run.out()).contains("Forest plot: " + svg).doesNotContain("No forest plot");
        assertThat(Files.readString(svg)).contains("class=\"study\"", "not pooled");
    }

    /**
     * Issue #20: GHQ (Kouchaki 2017, −9.1 ± 6.2 vs −2.6 ± 6.4, n = 30 each) has one study with an estimate and
     * CI: MD −6.5, SE √(6.2²/30 + 6.4²/30) = 1.627, so [−9.69, −3.31]. It is drawn; the plot names the arms
     * and, since no source here says whether a lower GHQ is better, says which arm is lower, not which is
     * favoured. EDSS (0 normal to 10 death due to MS, Kurtzke 1983) is lower-is-better: favours probiotic.
     */
    @Test
    void theForestPlotTakesItsLabelsFromTheArmsAndItsDirectionFromTheOutcome() throws IOException {
        Path ghq = dir.resolve("ghq.svg");
        Run run = run("summarize", "GHQ", "--assume-sd", "--svg", ghq.toString());

        assertThat(run.out()).contains("effect as mean difference (probiotic − placebo)",
                "Kouchaki 2017          -6.50 [-9.69, -3.31]", "Forest plot: " + ghq);
        String svg = Files.readString(ghq);
        assertThat(svg).contains(">General Health Questionnaire (GHQ): probiotic vs placebo</text>",
                "class=\"study\"", ">-6.50 [-9.69, -3.31]</text>", ">← probiotic lower</text>",
                ">probiotic higher →</text>", "no source bundled here says whether a lower or a higher General Health"
                        + " Questionnaire (GHQ) is better").doesNotContain("favours probiotic", "favours placebo");

        Path edss = dir.resolve("edss.svg");
        run("summarize", "EDSS", "--assume-sd", "--svg", edss.toString());
        assertThat(Files.readString(edss)).contains(">← favours probiotic</text>", ">favours placebo →</text>",
                "mean difference, probiotic − placebo (95% CI)");

        // S. boulardii is Motlagh Asghari 2023's arm: the label is the study's, not "probiotics"
        assertThat(run("summarize", "hs-crp:unit-not-reported").out()).contains("(S. boulardii − placebo)");
    }

    @Test
    void withNothingToDrawTheOutputSaysWhyAndWhatWouldGiveAnEffect() throws IOException {
        Run run = run("summarize", "GHQ", "--svg", dir.resolve("ghq.svg").toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.NOTHING_TO_POOL);
        assertThat(run.out()).contains("No forest plot: no study has an effect with a confidence interval and no"
                + " published result is a MD (--assume-sd gives an effect to a study whose '±' is not stated to be an SD)");
        assertThat(dir.resolve("ghq.svg")).doesNotExist();
    }

    @Test
    void validateReadsStandardInput() throws IOException {
        Inputs.standardInput = new ByteArrayInputStream(resource(KOUCHAKI_EDSS).getBytes(StandardCharsets.UTF_8));

        Run run = run("validate", "-");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).isEqualTo("1 document in 1 file: all valid\n");
    }

    @Test
    void validateReportsStandardInputProblemsUnderItsName() {
        Inputs.standardInput = new ByteArrayInputStream("{\"kind\": 1}\n{\"kind\": 2}\n".getBytes(StandardCharsets.UTF_8));

        Run run = run("validate", "-");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.out()).contains("<stdin>:1: ", "<stdin>:2: ", "2 documents in 1 file: 0 valid, 2 invalid");
    }

    /**
     * Leave-one-out, trim-and-fill and the funnel plot on a user's own files (issue #21). The five findings are
     * constructed test data: Kouchaki 2017's EDSS finding with its label, citation, means and SDs replaced by
     * made-up values (not a published study). The numbers of each analysis are checked against metafor in core
     * ({@code MetaforParityTest}); this test checks that the command runs them on the user's findings.
     */
    @Test
    void sensitivityAnalysesRunOnTheUsersOwnFindings() throws IOException {
        String kouchaki = resource(KOUCHAKI_EDSS);
        double[][] groups = {{-0.3, 0.6, 0.1, 0.3}, {-0.5, 0.7, 0.0, 0.6}, {-0.1, 0.5, 0.05, 0.5},
            {-0.4, 0.8, 0.2, 0.7}, {-0.2, 0.4, -0.1, 0.5}};
        for (int i = 0; i < groups.length; i++) {
            String label = "Constructed trial " + (char) ('A' + i);
            String finding = kouchaki.replace("\"Kouchaki 2017\"", "\"" + label + "\"")
                    .replace("\"Kouchaki E\"", "\"Constructed\"")
                    .replace("\"year\": \"2017\",", "\"year\": \"2026\",")
                    .replace("\"journal\": \"Clin Nutr\",", "")
                    .replace("\"doi\": \"10.1016/j.clnu.2016.08.015\",", "")
                    .replace("\"pmid\": \"27669638\",", "")
                    .replace("\"mean\": -0.3", "\"mean\": " + groups[i][0])
                    .replace("\"value\": 0.6", "\"value\": " + groups[i][1])
                    .replace("\"mean\": 0.1", "\"mean\": " + groups[i][2])
                    .replace("\"value\": 0.3", "\"value\": " + groups[i][3])
                    .replace("\"unspecified\"", "\"standard-deviation\"");
            assertThat(finding).doesNotContain("Kouchaki", "27669638");
            Files.writeString(dir.resolve("trial-" + i + ".json"), finding);
        }
        Path funnel = dir.resolve("funnel.svg");

        Run run = run("summarize", "EDSS", dir.toString(), "--leave-one-out", "--trim-fill", "--funnel", funnel.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).contains("Read 5 documents in 5 files: all valid: 5 findings",
                "Pooled (REML, 5 studies)", "Leave-one-out (REML):", "Trim-and-fill (L0, side ",
                "Funnel plot: " + funnel);
        assertThat(run.out().lines().filter(l -> l.startsWith("  Constructed trial ") && l.contains("%")))
                .as("one leave-one-out row per omitted study, after the five study rows").hasSize(10);
        // metafor 3.8-1 on the same data: rma(yi, vi, method="REML") from escalc(measure="MD"): -0.3198763221,
        // SE 0.0940501047; leave1out: estimates -0.3045595723 -0.2833991365 -0.3706053222 -0.2701673865
        // -0.3832226615, tau2 0.0361327287 0.0245205861 0.0284574624 0.0168188869 0.0149295239;
        // trimfill: k0 = 2, side right, estimate -0.2161481171. Printed to four decimals:
        assertThat(run.out()).contains("Pooled (REML, 5 studies): -0.32 [", "SE 0.094",
                "Trim-and-fill (L0, side right): 2 missing; filled estimate -0.2161");
        String[][] omitted = {{"A", "-0.3046", "0.0361"}, {"B", "-0.2834", "0.0245"}, {"C", "-0.3706", "0.0285"},
            {"D", "-0.2702", "0.0168"}, {"E", "-0.3832", "0.0149"}};
        for (String[] row : omitted) {
            assertThat(run.out().lines()).anySatisfy(l -> assertThat(l)
                    .matches("  Constructed trial " + row[0] + " +" + Pattern.quote(row[1]) + " .*"
                            + Pattern.quote(row[2]) + " .*"));
        }
        assertThat(Files.readString(funnel)).startsWith("<?xml").contains("<svg");
    }
}
