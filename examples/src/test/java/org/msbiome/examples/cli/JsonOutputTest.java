package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --format json}: every line parses as JSON and validates against the documented schema
 * ({@code org/msbiome/examples/cli/output.schema.json}), with file, line, column, pointer, code and message
 * for problems, and the pooled figures of issue #20 for summarize.
 */
class JsonOutputTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = schema();

    @TempDir
    Path dir;

    private static Schema schema() {
        try (InputStream in = JsonOutputTest.class.getResourceAsStream("/org/msbiome/examples/cli/output.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(exit).as(err.toString()).isEqualTo(expectedExit);
        List<JsonNode> lines = out.toString().lines().map(MAPPER::readTree).toList();
        for (JsonNode line : lines) {
            assertThat(SCHEMA.validate(line)).as(line.toString()).isEmpty();
        }
        return lines;
    }

    @Test
    void validateWritesOneObjectPerProblemAndASummary() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"kind\": \n");
        Path stream = Files.writeString(dir.resolve("s.ndjson"), "{\"kind\":\"no-such-kind\"}\n");

        List<JsonNode> lines = run(MsbiomeCommand.INVALID, "validate", "--format", "json", broken.toString(),
                stream.toString());

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("type").asString()).isEqualTo("problem");
        assertThat(lines.get(0).get("file").asString()).isEqualTo(broken.toString());
        assertThat(lines.get(0).get("code").asString()).isEqualTo("syntax");
        assertThat(lines.get(0).has("line")).isTrue();
        assertThat(lines.get(0).has("column")).isTrue();
        assertThat(lines.get(1).get("line").asLong()).isEqualTo(1);
        assertThat(lines.get(2).toString()).isEqualTo(
                "{\"type\":\"summary\",\"files\":2,\"documents\":2,\"invalid\":2,\"problems\":2,\"valid\":false}");
    }

    @Test
    void summarizeWritesStudiesThePooledEstimateAndThePublishedResults() {
        List<JsonNode> lines = run(MsbiomeCommand.OK, "summarize", "EDSS", "--assume-sd", "--format", "json");

        JsonNode pooled = lines.stream().filter(l -> l.get("type").asString().equals("pooled")).findFirst().orElseThrow();
        assertThat(pooled.get("method").asString()).isEqualTo("REML");
        assertThat(String.format(java.util.Locale.ROOT, "%.2f [%.2f, %.2f]", pooled.get("estimate").asDouble(),
                pooled.get("lower").asDouble(), pooled.get("upper").asDouble())).isEqualTo("-0.57 [-0.84, -0.30]");
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("study"))).hasSize(3);
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("published"))).hasSize(2);
    }

    @Test
    void aFixedEffectModelHasNoTau2AndNothingToPoolSaysWhy() {
        JsonNode pooled = run(MsbiomeCommand.OK, "summarize", "EDSS", "--assume-sd", "--method", "FE", "--format", "json")
                .stream().filter(l -> l.get("type").asString().equals("pooled")).findFirst().orElseThrow();
        assertThat(pooled.has("tau2")).isFalse();

        List<JsonNode> none = run(MsbiomeCommand.NOTHING_TO_POOL, "summarize", "DASS", "--format", "json");
        assertThat(none.get(none.size() - 1).toString()).startsWith("{\"type\":\"not-pooled\",\"outcome\":\"dass\"");
    }

    @Test
    void importBugSigDbWritesMappedColumnsIssuesFilesAndTheSummary() {
        Path output = dir.resolve("excerpt.ndjson");
        List<JsonNode> lines = run(MsbiomeCommand.INVALID, "import-bugsigdb", ImportBugSigDbCommandTest.EXCERPT.toString(),
                "--output", output.toString(), "--format", "json");

        // The excerpt's 50 columns but the two it reports as unmapped (URL, Signature page name).
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("mapped"))).hasSize(48);
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("import-issue"))
                .map(l -> l.get("kind").asString())).containsExactly("unmapped", "unmapped", "inferred", "rejected",
                        "rejected");
        assertThat(lines.get(lines.size() - 2).toString()).isEqualTo("{\"type\":\"written\",\"file\":\""
                + output.toString().replace("\\", "\\\\") + "\"}");
        assertThat(lines.get(lines.size() - 1).get("type").asString()).isEqualTo("bugsigdb-summary");
    }

    @Test
    void signaturesWritesOneObjectPerTaxon() {
        List<JsonNode> lines = run(MsbiomeCommand.OK, "signatures", "--condition", "MONDO:0005301", "--format", "json");

        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.get("type").asString()).isEqualTo("consensus"));
        JsonNode methanobrevibacter = lines.stream().filter(l -> l.get("taxon").asString().equals("Methanobrevibacter"))
                .findFirst().orElseThrow();
        assertThat(methanobrevibacter.get("increased").asInt()).isEqualTo(2);
        assertThat(methanobrevibacter.get("p").asDouble()).isEqualTo(0.5);
        assertThat(methanobrevibacter.get("units").toString()).isEqualTo("[\"27176462\",\"27352007\"]");
    }

    @Test
    void catalogWritesTheCatalogEachStudyAndEachPublishedResult() {
        List<JsonNode> lines = run(MsbiomeCommand.OK, "catalog", "--verbose", "--format", "json");

        assertThat(lines.get(0).toString()).startsWith("{\"type\":\"catalog\",\"studies\":9,");
        JsonNode kouchaki = lines.stream().filter(l -> l.get("type").asString().equals("catalog-study")
                && l.get("study").asString().equals("Kouchaki 2017")).findFirst().orElseThrow();
        assertThat(kouchaki.get("design").asString()).isEqualTo("clinical");
        assertThat(kouchaki.get("findings").asInt()).isEqualTo(8);
        assertThat(kouchaki.get("citations").get(0).asString())
                .isEqualTo("Kouchaki E 2017, Clin Nutr, doi:10.1016/j.clnu.2016.08.015, PMID 27669638");
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("catalog-study"))
                .flatMap(l -> l.get("notices").valueStream()).map(JsonNode::asString))
                .contains("retraction 2024 (38980210)");
        JsonNode jangi = lines.stream().filter(l -> l.get("type").asString().equals("catalog-experiments")
                && l.get("study").asString().equals("Jangi 2016")).findFirst().orElseThrow();
        assertThat(jangi.get("pmid").asString()).isEqualTo("27352007");
        assertThat(jangi.get("experiments").size()).isEqualTo(6);
        assertThat(jangi.get("signatures").asInt()).isEqualTo(12);
        assertThat(jangi.get("leftOut").size()).isEqualTo(3);
        JsonNode jiang = lines.stream().filter(l -> l.get("type").asString().equals("catalog-published")
                && l.get("label").asString().equals("Jiang 2021")).findFirst().orElseThrow();
        assertThat(jiang.get("measure").asString()).isEqualTo("SMD");
        assertThat(List.of(jiang.get("estimate").asDouble(), jiang.get("lower").asDouble(), jiang.get("upper").asDouble()))
                .containsExactly(-1.22, -2.4, -0.03);
    }

    @Test
    void importCtgovWritesARecordEachProblemAndASummary() throws IOException {
        Path records = Path.of("").toAbsolutePath().resolve(Files.isDirectory(Path.of("src")) ? "" : "examples")
                .resolve("../io/src/test/resources/ctgov").normalize();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"protocolSection\": }\n");
        Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xc3, 0x28});

        List<JsonNode> lines = run(MsbiomeCommand.INVALID, "import-ctgov", "--format", "json",
                records.resolve("NCT02210780.json").toString(), records.resolve("constructed-unknown-enums.json").toString(),
                broken.toString(), binary.toString());

        assertThat(lines.get(0).toString()).isEqualTo("{\"type\":\"record\",\"file\":\""
                + records.resolve("NCT02210780.json") + "\",\"nctId\":\"NCT02210780\",\"design\":true,\"results\":true,"
                + "\"harms\":true,\"inferred\":1,\"rejected\":0,\"missing\":0,\"unmapped\":131,\"clean\":true,"
                + "\"written\":[]}");
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("rejected"))).hasSize(11);
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("missing"))).hasSize(1);
        JsonNode syntax = lines.stream().filter(l -> l.get("type").asString().equals("problem")
                && l.get("file").asString().equals(broken.toString())).findFirst().orElseThrow();
        assertThat(syntax.get("code").asString()).isEqualTo("syntax");
        assertThat(syntax.get("line").asInt()).isEqualTo(1);
        assertThat(syntax.has("column")).isTrue();
        JsonNode notText = lines.stream().filter(l -> l.get("type").asString().equals("problem")
                && l.get("file").asString().equals(binary.toString())).findFirst().orElseThrow();
        assertThat(notText.get("message").asString()).startsWith("not UTF-8 text: byte 1 (0xC3) cannot be decoded as UTF-8");
        assertThat(lines.get(lines.size() - 1).toString()).isEqualTo("{\"type\":\"import-summary\",\"files\":4,"
                + "\"imported\":2,\"clean\":1,\"notRecords\":2,\"unreadable\":0,\"documents\":0,\"valid\":false}");
    }
}
