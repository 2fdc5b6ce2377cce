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

        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("mapped"))).hasSize(50);
        assertThat(lines.stream().filter(l -> l.get("type").asString().equals("import-issue"))
                .map(l -> l.get("kind").asString())).containsExactly("unmapped", "unmapped", "inferred", "rejected",
                        "rejected");
        assertThat(lines.get(lines.size() - 2).toString()).isEqualTo("{\"type\":\"written\",\"file\":\""
                + output.toString().replace("\\", "\\\\") + "\"}");
        assertThat(lines.get(lines.size() - 1).get("type").asString()).isEqualTo("import-summary");
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
}
