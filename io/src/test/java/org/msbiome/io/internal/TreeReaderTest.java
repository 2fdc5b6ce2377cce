package org.msbiome.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ReadLimits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reader's tree: the same tree as Jackson's, in less memory. */
class TreeReaderTest {
    private static final TreeReader TREES = new TreeReader(ReadLimits.defaults());

    private static JsonNode read(String json, Problems problems) {
        return TREES.read(() -> TREES.parser(new StringReader(json)), problems, 0);
    }

    /** An array of {@code count} outcomes, each with its number and two texts that repeat. */
    private static String outcomes(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"n\":\"outcome ").append(i)
                    .append("\",\"type\":\"marker\",\"unit\":\"umol/L\"}");
        }
        return json.append(']').toString();
    }

    @Test
    void aTextThatALargeDocumentRepeatsIsOneNodeAndTheTreeIsJacksonsTree() {
        String json = outcomes(1_000);
        Problems problems = new Problems();
        JsonNode tree = read(json, problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(tree).isEqualTo(JsonMapper.builder().build().readTree(json));
        // Sharing starts once the document has had a few hundred strings; from then on a repeated short text
        // is the same node.
        assertThat(tree.get(999).get("type")).isSameAs(tree.get(998).get("type"));
        assertThat(tree.get(999).get("unit")).isSameAs(tree.get(500).get("unit"));
        assertThat(tree.get(999).get("n").stringValue()).isEqualTo("outcome 999");
        // A small document makes no table and shares nothing.
        JsonNode small = read(outcomes(3), new Problems());
        assertThat(small.get(2).get("type")).isNotSameAs(small.get(1).get("type")).isEqualTo(small.get(1).get("type"));
    }

    @Test
    void aRepeatedTextWithAnUnpairedSurrogateIsReportedAtEveryPlace() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 600; i++) {
            json.append(i == 0 ? "" : ",").append("\"\\ud800\"");
        }
        json.append(']');
        Problems problems = new Problems();
        read(json.toString(), problems);

        List<Problem> found = problems.toList();
        assertThat(found).hasSize(600);
        assertThat(found).allMatch(p -> p.code() == ProblemCode.INVALID_VALUE);
        assertThat(found.get(599).pointer()).isEqualTo("/599");
    }
}
