package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.core.signature.AbundanceDirection;
import org.msbiome.core.signature.ContrastGroup;
import org.msbiome.core.signature.Curation;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.OntologyTerm;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.signature.SourceStudy;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.LineageNotation;
import org.msbiome.io.MsbiomeJson;

/**
 * {@code msbiome signatures}: the consensus table through the command. The sign-test values are those of issue
 * #16 from R {@code binom.test} (5 of 6: p = 0.21875; 7 of 9: p = 0.1796875), on constructed experiments (they
 * describe no real study); the catalog rows are counted by hand from the BugSigDB excerpt (export 2025-08-05):
 * <i>Akkermansia</i> is in the increased signatures of Jangi 2016's experiments 1-4 and in both signatures of
 * Tremlett 2016's experiment 3 (<i>A. muciniphila</i>); <i>Methanobrevibacter</i> in the increased signatures of
 * Jangi 2016's experiments 1, 2 and 4 and of Tremlett 2016's experiment 3. binom.test(2, 2) gives 0.5,
 * binom.test(4, 4) 0.125, binom.test(1, 1) 1.
 */
class SignaturesCommandTest {
    private static final String AKKERMANSIA = "k__Pseudomonadati|p__Verrucomicrobiota|c__Verrucomicrobiia"
            + "|o__Verrucomicrobiales|f__Akkermansiaceae|g__Akkermansia";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A constructed experiment of one study with one signature. */
    private static Experiment experiment(String study, int number, AbundanceDirection direction, String... lineages) {
        String id = "constructed:" + study + "/" + number;
        Signature signature = new Signature(id + "/1", direction,
                Arrays.stream(lineages).map(l -> Lineage.parse(l, LineageNotation.METAPHLAN)).toList(), Optional.empty(),
                Optional.empty(), Curation.unrecorded(), Optional.empty());
        return new Experiment(id, new SourceStudy(study, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Multiple sclerosis"),
                List.of(OntologyTerm.of("EFO_0003885")), new ContrastGroup("controls", Optional.empty(), Optional.empty()),
                new ContrastGroup("cases", Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(signature), Optional.empty());
    }

    /** {@code up} studies reporting the taxon increased and {@code down} decreased, one experiment each. */
    private Path studies(String name, int up, int down, String lineage) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= up + down; i++) {
            lines.add(MsbiomeJson.writer().compact().write(experiment("study " + i, 1,
                    i <= up ? AbundanceDirection.INCREASED : AbundanceDirection.DECREASED, lineage)));
        }
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    @Test
    void reproducesTheSignTestValuesOfTheIssue() throws IOException {
        Run fiveOfSix = run("signatures", studies("6.ndjson", 5, 1, AKKERMANSIA).toString());
        Run sevenOfNine = run("signatures", studies("9.ndjson", 7, 2, AKKERMANSIA).toString(), "--condition",
                "EFO:0003885");

        assertThat(fiveOfSix.exit()).as(fiveOfSix.err()).isEqualTo(MsbiomeCommand.OK);
        assertThat(fiveOfSix.out()).contains(
                "Read 6 documents in 1 file: all valid: 6 experiments with 6 signatures\n",
                "6 experiments of 6 studies, 6 signatures\n",
                "Consensus at genus, one vote per study (vote counting, not a meta-analysis; p: exact two-sided sign test)\n",
                "  taxon        increased  decreased  conflicting  p           per\n"
                        + "  Akkermansia          5          1            0  0.21875     study\n");
        assertThat(sevenOfNine.out()).contains("Condition EFO:0003885: 9 experiments of 9 studies, 9 signatures\n",
                "  Akkermansia          7          2            0  0.1796875   study\n");
    }

    @Test
    void countsOneVotePerStudyByDefaultAndPerExperimentOnRequest() throws IOException {
        // Two experiments of one study and one of another, all reporting Akkermansia increased.
        Path file = Files.write(dir.resolve("e.ndjson"), List.of(
                MsbiomeJson.writer().compact().write(experiment("A", 1, AbundanceDirection.INCREASED, AKKERMANSIA)),
                MsbiomeJson.writer().compact().write(experiment("A", 2, AbundanceDirection.INCREASED, AKKERMANSIA)),
                MsbiomeJson.writer().compact().write(experiment("B", 1, AbundanceDirection.INCREASED, AKKERMANSIA))),
                StandardCharsets.UTF_8);

        assertThat(run("signatures", file.toString()).out())
                .contains("  Akkermansia          2          0            0  0.5         study\n");
        assertThat(run("signatures", file.toString(), "--per-experiment").out())
                .contains("one vote per experiment")
                .contains("  Akkermansia          3          0            0  0.25        experiment\n");
    }

    @Test
    void groupsRenamedTaxaUnderTheirCurrentName() throws IOException {
        // Firmicutes is the former name of Bacillota (Oren and Garrity 2021); one study wrote each.
        Path file = Files.write(dir.resolve("renamed.ndjson"), List.of(
                MsbiomeJson.writer().compact().write(experiment("A", 1, AbundanceDirection.INCREASED, "k__Bacteria|p__Firmicutes")),
                MsbiomeJson.writer().compact().write(experiment("B", 1, AbundanceDirection.INCREASED, "k__Bacillati|p__Bacillota"))),
                StandardCharsets.UTF_8);

        Run text = run("signatures", file.toString(), "--rank", "phylum");
        Run json = run("signatures", file.toString(), "--rank", "phylum", "--format", "json");

        assertThat(text.out()).contains("  Bacillota          2          0            0  0.5         study\n")
                .doesNotContain("Firmicutes");
        assertThat(json.out().lines()).last().isEqualTo("{\"type\":\"consensus\",\"taxon\":\"Bacillota\",\"rank\":\"phylum\","
                + "\"unit\":\"study\",\"increased\":2,\"decreased\":0,\"conflicting\":0,\"p\":0.5,"
                + "\"namesAsWritten\":[\"Bacillota\",\"Firmicutes\"],\"units\":[\"A\",\"B\"]}");
    }

    @Test
    void theCatalogsMsStudiesOnAkkermansiaAndMethanobrevibacter() {
        Run perStudy = run("signatures", "--condition", "MONDO:0005301", "--taxon", "Akkermansia", "--taxon",
                "methanobrevibacter");
        Run perExperiment = run("signatures", "--catalog", "--condition", "MONDO:0005301", "--taxon", "Akkermansia",
                "--taxon", "Methanobrevibacter", "--per-experiment");

        assertThat(perStudy.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(perStudy.out()).isEqualTo("""
                Condition MONDO:0005301: 9 experiments of 2 studies, 18 signatures
                Consensus at genus, one vote per study (vote counting, not a meta-analysis; p: exact two-sided sign test)
                  taxon               increased  decreased  conflicting  p           per
                  Methanobrevibacter          2          0            0  0.5         study
                  Akkermansia                 1          0            1  1           study
                """);
        assertThat(perExperiment.out()).contains(
                "  Akkermansia                 4          0            1  0.125       experiment\n"
                        + "  Methanobrevibacter          4          0            0  0.125       experiment\n");
    }

    @Test
    void aConditionNoExperimentHasIsAUsageErrorListingTheConditionsRead() {
        Run run = run("signatures", "--condition", "EFO_0003885");

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("msbiome: --condition EFO_0003885: no experiment has this condition; conditions"
                + " of the experiments read: MONDO:0005301 (Multiple sclerosis, 9 experiments)\n");
    }

    @Test
    void refusesAnUnknownRankAndAMalformedCondition() {
        assertThat(run("signatures", "--rank", "genera").err()).startsWith("msbiome: --rank: taxon rank 'genera' is"
                + " unknown; expected one of domain, superkingdom, kingdom, phylum, class, order, family, genus,");
        Run condition = run("signatures", "--condition", "multiple sclerosis");
        assertThat(condition.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(condition.err()).startsWith("msbiome: --condition: ontology term ID 'multiple sclerosis' is not of"
                + " the form PREFIX_digits");
    }

    @Test
    void aSignatureWithoutItsExperimentIsNotCountedAndSaysWhy() throws IOException {
        Experiment experiment = experiment("A", 1, AbundanceDirection.INCREASED, AKKERMANSIA);
        Path file = Files.writeString(dir.resolve("signature.json"),
                MsbiomeJson.writer().write(experiment.signatures().get(0)));

        Run run = run("signatures", file.toString());

        assertThat(run.exit()).isEqualTo(MsbiomeCommand.OK);
        assertThat(run.out()).contains("Read 1 document in 1 file: all valid: 0 experiments with 0 signatures\n"
                + "1 signature document without its experiment not counted: a vote needs the study or experiment a"
                + " signature belongs to, which 'experiment' documents carry\n", "  (no taxon at this rank)\n");
    }
}
