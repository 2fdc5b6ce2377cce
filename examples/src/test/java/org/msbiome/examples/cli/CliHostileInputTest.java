package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msbiome.examples.cli.HostileInput.assertNoRawInjection;
import static org.msbiome.examples.cli.HostileInput.jsonString;
import static org.msbiome.examples.cli.HostileInput.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.examples.cli.HostileInput.Run;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every command that prints text from its input, fed every terminal and log injection of issue #18 D07
 * ({@link HostileInput#injections()}): as a property name (which the tool prints as a JSON Pointer), as text
 * values where the format allows them (ClinicalTrials.gov titles, arm labels, keywords, outcome titles, adverse
 * event terms; BugSigDB cells and column names; study labels and outcome titles of findings; condition labels and
 * group names of experiments; sample IDs of a feature table), as file names, and as command-line arguments that
 * come back in an error message. Standard output and standard error must hold none of them raw; a line of
 * {@code --format json} must parse, and give the input's text back as it was.
 */
class CliHostileInputTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path CTGOV = moduleDir().resolve("../io/src/test/resources/ctgov").normalize();
    private static final Path BUGSIGDB = moduleDir()
            .resolve("../io/src/test/resources/org/msbiome/io/bugsigdb/bugsigdb-excerpt.csv").normalize();
    private static final String FINDING = "/org/msbiome/examples/catalog/studies/kouchaki-2017/"
            + "finding-01-expanded-disability-status-scale.json";
    private static final String OTHER_FINDING = "/org/msbiome/examples/catalog/studies/salami-2019/"
            + "finding-01-expanded-disability-status-scale.json";
    private static final String EXPERIMENT_STUDY = "jangi-2016";

    @TempDir
    Path dir;

    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("src")) ? here : here.resolve("examples");
    }

    // ClinicalTrials.gov

    /** NCT02210780 (with results) with the injection in a property name and in the texts the report prints. */
    private Path hostileRecord(String text) throws IOException {
        ObjectNode record = (ObjectNode) MAPPER.readTree(Files.readString(CTGOV.resolve("NCT02210780.json")));
        ObjectNode protocol = (ObjectNode) record.get("protocolSection");
        ObjectNode identification = (ObjectNode) protocol.get("identificationModule");
        identification.put("x" + text + "y", 1);
        identification.put("briefTitle", "Brief " + text);
        identification.put("officialTitle", "Official " + text);
        identification.put("acronym", "A" + text);
        identification.put("orgStudyId", "ORG" + text);
        ObjectNode conditions = protocol.has("conditionsModule") ? (ObjectNode) protocol.get("conditionsModule")
                : protocol.putObject("conditionsModule");
        conditions.putArray("keywords").add("keyword " + text);
        conditions.putArray("conditions").add("condition " + text);
        ObjectNode arms = (ObjectNode) protocol.get("armsInterventionsModule");
        ObjectNode arm = (ObjectNode) arms.get("armGroups").get(0);
        arm.put("label", arm.get("label").asString() + text);
        ((ObjectNode) arms.get("interventions").get(0)).put("name", "Intervention " + text);
        ((ObjectNode) protocol.get("outcomesModule").get("primaryOutcomes").get(0)).put("measure", "Primary " + text);
        ObjectNode results = (ObjectNode) record.get("resultsSection");
        ObjectNode measure = (ObjectNode) results.get("outcomeMeasuresModule").get("outcomeMeasures").get(0);
        measure.put("title", "Outcome " + text);
        measure.put("timeFrame", "Week " + text);
        measure.put("unitOfMeasure", "unit " + text);
        ((ObjectNode) measure.get("groups").get(0)).put("title", "Group " + text);
        ObjectNode events = (ObjectNode) results.get("adverseEventsModule");
        events.put("timeFrame", "time frame " + text);
        ((ObjectNode) events.get("eventGroups").get(0)).put("title", "Event group " + text);
        ((ObjectNode) ((ArrayNode) events.get("seriousEvents")).get(0)).put("term", "term " + text);
        return Files.writeString(dir.resolve("record.json"), MAPPER.writeValueAsString(record));
    }

    /** A record without an NCT ID in a file with the injection in its name (the output files are named by it). */
    private Optional<Path> recordWithHostileName(String text) throws IOException {
        return file(text, ".json", Files.readString(CTGOV.resolve("constructed-observational-minimal.json")));
    }

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void importCtgovReportsOneRecordWithoutARawControlCharacter(String text) throws IOException {
        Path record = hostileRecord(text);

        Run run = run("import-ctgov", record.toString());

        assertThat(run.exit()).as(run.err()).isIn(MsbiomeCommand.OK, MsbiomeCommand.INVALID);
        assertThat(run.out()).contains("Unmapped fields (").contains("Results\n");
        assertNoRawInjection(run, text);
    }

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void importCtgovNamesWhatItWroteWithoutARawControlCharacter(String text) throws IOException {
        Optional<Path> named = recordWithHostileName(text);
        if (named.isEmpty()) {
            return;
        }
        // a design with an arm the importer refused can be one the writer refuses: that is not this test's subject
        Path record = Files.copy(CTGOV.resolve("NCT02210780.json"), dir.resolve("NCT02210780.json"));

        Run single = run("import-ctgov", named.get().toString(), "-o", dir.resolve("out1").toString());
        assertThat(single.exit()).as(single.err()).isIn(MsbiomeCommand.OK, MsbiomeCommand.INVALID);
        assertThat(single.out()).contains("wrote ");
        assertNoRawInjection(single, text);

        Run batch = run("import-ctgov", named.get().toString(), record.toString(), "-o",
                dir.resolve("out2").toString());
        assertThat(batch.exit()).as(batch.err()).isIn(MsbiomeCommand.OK, MsbiomeCommand.INVALID);
        assertThat(batch.out()).contains("; wrote ");
        assertNoRawInjection(batch, text);

        Run json = run("import-ctgov", named.get().toString(), record.toString(), "--format", "json");
        assertNoRawInjection(json, text);
        assertThat(strings(json.out())).anyMatch(s -> s.contains(text));
    }

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void importCtgovSaysWhyAFileIsNotARecordWithoutARawControlCharacter(String text) throws IOException {
        Optional<Path> notARecord = file(text, ".json", "[1, 2]");
        if (notARecord.isEmpty()) {
            return;
        }
        Optional<Path> notText = file(text + "2", ".json", "{\"a\": \"\u00ff\"}".replace('\u00ff', 'x') + "\u0000");

        Run single = run("import-ctgov", notARecord.get().toString());
        assertThat(single.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertNoRawInjection(single, text);

        Run nul = run("import-ctgov", notText.orElseThrow().toString());
        assertThat(nul.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertNoRawInjection(nul, text);

        Run missing = run("import-ctgov", dir.resolve("no " + text.replace("/", "_") + ".json").toString());
        assertThat(missing.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertNoRawInjection(missing, text);

        Run unwritable = run("import-ctgov", notARecord.get().toString(), "-o", notARecord.get().toString());
        assertThat(unwritable.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertNoRawInjection(unwritable, text);
    }

    // BugSigDB

    /**
     * The excerpt's comment line, its header with one more column named by the injection, and Tremlett 2016's
     * first row (bsdb:27176462/1/1) with the injection in its title, condition, group names, location,
     * description, abundance direction (a value that is rejected) and the new column.
     */
    private Optional<Path> hostileExport(String text) throws IOException {
        List<String> lines = Files.readAllLines(BUGSIGDB, StandardCharsets.UTF_8);
        String cell = "\"" + text + "\"";
        String row = lines.get(6)
                .replace(",Gut microbiota in early pediatric multiple sclerosis: a case-control study,",
                        ",\"Gut microbiota " + text + "\",")
                .replace(",Multiple sclerosis,MONDO", ",\"Multiple " + text + " sclerosis\",MONDO")
                .replace(",healthy controls,", ",\"healthy " + text + " controls\",")
                .replace(",pediatric multiple sclerosis,", ",\"pediatric " + text + "\",")
                .replace(",United States of America,", ",\"United " + text + "\",")
                .replace(",Difference between multiple sclerosis and controls in the gut microbial communities,",
                        ",\"Difference " + text + "\",")
                .replace(",increased,\"k__", "," + cell + ",\"k__");
        assertThat(row).contains(text);
        return file(text, ".csv", lines.get(0) + "\n" + lines.get(1) + ",\"Extra " + text + "\"\n"
                + row + "," + cell + "\n");
    }

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void importBugSigDbReportsWithoutARawControlCharacter(String text) throws IOException {
        Optional<Path> export = hostileExport(text);
        if (export.isEmpty()) {
            return;
        }

        Run run = run("import-bugsigdb", export.get().toString(), "--output", dir.resolve("out").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(run.out()).contains("Rejected values (").contains("Unmapped columns and values (");
        assertNoRawInjection(run, text);

        Run json = run("import-bugsigdb", export.get().toString(), "--format", "json");
        assertThat(json.exit()).as(json.err()).isEqualTo(MsbiomeCommand.INVALID);
        assertNoRawInjection(json, text);
        assertThat(strings(json.out())).anyMatch(s -> s.contains(text));

        Run missing = run("import-bugsigdb", dir.resolve("no " + text.replace("/", "_") + ".csv").toString());
        assertThat(missing.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertNoRawInjection(missing, text);
    }

    // findings: summarize, outcomes, export

    /**
     * Two findings on EDSS (Kouchaki 2017 with the injection in its study label, Salami 2019) and a finding on a
     * custom outcome whose title holds it, in a directory; and a file with it in a property name. Core refuses a
     * control character in free text, so some injections make the finding invalid; the others are printed.
     */
    private Path hostileFindings(String text) throws IOException {
        Path findings = Files.createDirectories(dir.resolve("findings"));
        ObjectNode labelled = resourceTree(FINDING);
        ((ObjectNode) labelled.get("finding").get("study")).put("label", "Kouchaki " + text);
        Files.writeString(findings.resolve("labelled.json"), MAPPER.writeValueAsString(labelled));
        Files.writeString(findings.resolve("other.json"), MAPPER.writeValueAsString(resourceTree(OTHER_FINDING)));
        ObjectNode custom = resourceTree(FINDING);
        ((ObjectNode) custom.get("finding").get("study")).put("label", "Custom study");
        ObjectNode measure = ((ObjectNode) custom.get("finding").get("outcome")).putObject("measure");
        measure.put("type", "custom");
        measure.put("title", "Fatigue " + text);
        // the outcome of a finding is one its study lists
        ((ArrayNode) custom.get("finding").get("study").get("design").get("trial").get("outcomes")).addObject()
                .set("measure", measure.deepCopy());
        Files.writeString(findings.resolve("custom.json"), MAPPER.writeValueAsString(custom));
        String property = MAPPER.writeValueAsString(resourceTree(OTHER_FINDING))
                .replaceFirst("\"label\"", Matcher.quoteReplacement(jsonString("x" + text) + ":1,\"label\""));
        Files.writeString(findings.resolve("property.json"), property);
        return findings;
    }

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void summarizeOutcomesAndExportPrintNoRawControlCharacter(String text) throws IOException {
        Path findings = hostileFindings(text);

        Run summarize = run("summarize", "EDSS", findings.toString(), "--assume-sd", "--leave-one-out",
                "--svg", dir.resolve("forest " + text.replace("/", "_") + ".svg").toString());
        assertThat(summarize.exit()).as(summarize.err()).isIn(MsbiomeCommand.INVALID, MsbiomeCommand.NOTHING_TO_POOL);
        assertThat(summarize.out()).contains("[unknown-property]");
        assertNoRawInjection(summarize, text);

        Run json = run("summarize", "EDSS", findings.toString(), "--assume-sd", "--format", "json");
        assertNoRawInjection(json, text);
        assertThat(strings(json.out())).anyMatch(s -> s.contains(text));

        Run outcomes = run("outcomes", findings.toString());
        assertThat(outcomes.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(outcomes.out()).contains("Fatigue ");
        assertNoRawInjection(outcomes, text);

        for (String table : List.of("escalc", "long")) {
            Run export = run("export", findings.toString(), "--assume-sd", "--table", table);
            assertThat(export.exit()).as(export.err()).isEqualTo(MsbiomeCommand.INVALID);
            assertNoRawInjection(export, text);
        }
    }

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void argumentsThatComeBackInAnErrorMessageAreNotPrintedRaw(String text) throws IOException {
        Path findings = hostileFindings(text);
        Path missing = dir.resolve("no " + text.replace("/", "_"));
        List<List<String>> commands = List.of(
                List.of("validate", missing.toString()),
                List.of("outcomes", missing.toString()),
                List.of("signatures", missing.toString()),
                List.of("export", missing.toString()),
                List.of("summarize", "EDSS", missing.toString()),
                List.of("summarize", "EDSS " + text, findings.toString()),
                List.of("summarize", "EDSS", findings.toString(), "--method", text),
                List.of("summarize", "EDSS", findings.toString(), "--svg", missing.resolve("forest.svg").toString()),
                List.of("export", findings.toString(), "--outcome", text),
                List.of("export", findings.toString(), "--table", text),
                List.of("export", findings.toString(), "-o", missing.resolve("table.csv").toString()),
                List.of("signatures", "--condition", text),
                List.of("signatures", "--rank", text),
                List.of("validate", "--progress-every", text, findings.toString()),
                List.of("import-ctgov", "--progress-every", text, findings.toString()),
                List.of("diversity", missing.toString()),
                List.of("diversity", missing.toString(), "--format", text),
                List.of("import-bugsigdb", missing.toString(), "--output", missing.resolve("y.ndjson").toString()),
                List.of("validate", "--" + text));
        for (List<String> args : commands) {
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exit()).as(args + ": " + run.err()).isEqualTo(MsbiomeCommand.USAGE);
            assertNoRawInjection(run, text);
        }
    }

    // signatures

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void signaturesPrintNoRawControlCharacter(String text) throws IOException {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        List<Path> catalog = catalogExperiments();
        for (int i = 0; i < catalog.size(); i++) {
            String document = Files.readString(catalog.get(i));
            ObjectNode tree = (ObjectNode) MAPPER.readTree(document);
            ObjectNode experiment = (ObjectNode) tree.get("experiment");
            experiment.put("condition", "Multiple " + text + " sclerosis");
            ((ObjectNode) experiment.get("group0")).put("name", "controls " + text);
            Files.writeString(experiments.resolve(i + ".json"), MAPPER.writeValueAsString(tree));
        }
        Files.writeString(experiments.resolve("property.json"), Files.readString(catalog.get(0))
                .replaceFirst("\"condition\"", Matcher.quoteReplacement(jsonString("x" + text) + ":1,\"condition\"")));

        Run text1 = run("signatures", experiments.toString());
        assertThat(text1.exit()).as(text1.err()).isEqualTo(MsbiomeCommand.INVALID);
        assertNoRawInjection(text1, text);

        Run json = run("signatures", experiments.toString(), "--format", "json");
        assertNoRawInjection(json, text);
        assertThat(strings(json.out())).anyMatch(s -> s.contains(text));

        Run condition = run("signatures", experiments.toString(), "--condition", "EFO_9999999");
        assertThat(condition.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertNoRawInjection(condition, text);
    }

    // diversity

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void diversityPrintsNoRawControlCharacter(String text) throws IOException {
        String id = text.replace("\n", " ").replace("\r", " ").strip(); // a line break would end the header
        Optional<Path> table = file(text, ".tsv", "#OTU ID\tS1 " + id + "\tS2\nOTU1\t1\t2\nOTU2\t3\t0\n");
        if (table.isEmpty()) {
            return;
        }
        for (List<String> options : List.of(List.<String>of(), List.of("--format", "json"),
                List.of("--beta", "braycurtis"), List.of("--beta", "braycurtis", "--format", "json"))) {
            List<String> args = new ArrayList<>(List.of("diversity", table.get().toString()));
            args.addAll(options);
            Run run = run(args.toArray(String[]::new));
            // a sample ID with a C0 or C1 control character is refused (today as a usage error, exit code 2)
            assertThat(run.exit()).as(args + ": " + run.err()).isIn(MsbiomeCommand.OK, MsbiomeCommand.INVALID,
                    MsbiomeCommand.USAGE);
            // the tabs of TSV output are its separators: the injections hold none
            assertNoRawInjection(new Run(run.exit(), run.out().replace('\t', ' '), run.err()), text);
            if (options.contains("json") && run.exit() == MsbiomeCommand.OK) {
                assertThat(strings(run.out())).as("%s", args).anyMatch(s -> s.contains(id));
            }
        }
    }

    // helpers

    /** A file named by the injection (a '/' cannot be in a name), or empty where the file system refuses it. */
    private Optional<Path> file(String text, String suffix, String content) throws IOException {
        try {
            return Optional.of(Files.writeString(dir.resolve(text.replace("/", "_") + suffix), content));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static ObjectNode resourceTree(String path) throws IOException {
        try (InputStream in = CliHostileInputTest.class.getResourceAsStream(path)) {
            return (ObjectNode) MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<Path> catalogExperiments() throws IOException {
        Path studies = moduleDir().resolve("src/main/resources/org/msbiome/examples/catalog/studies")
                .resolve(EXPERIMENT_STUDY);
        try (var files = Files.list(studies)) {
            return files.filter(f -> f.getFileName().toString().startsWith("experiment")).sorted().toList();
        }
    }

    /** Every line parses as JSON; its property names and string values, the nested ones too. */
    private static List<String> strings(String jsonLines) {
        List<String> found = new ArrayList<>();
        jsonLines.lines().forEach(line -> collect(MAPPER.readValue(line, Object.class), found));
        return found;
    }

    private static void collect(Object value, List<String> found) {
        if (value instanceof String s) {
            found.add(s);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                found.add(String.valueOf(k));
                collect(v, found);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, found));
        }
    }
}
