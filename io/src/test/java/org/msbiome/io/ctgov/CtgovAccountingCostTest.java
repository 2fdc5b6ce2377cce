package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The account of a record costs work in proportion to the record (issue #18, D05: it used to scan every
 * mark for every node). Counted in the account's own steps, not timed: doubling the record at most
 * doubles the work, with a margin.
 */
class CtgovAccountingCostTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.argumentSet("keywords alternating a string and an object (D05)",
                        (IntFunction<JsonNode>) CtgovAccountingCostTest::keywords),
                Arguments.argumentSet("arms and interventions, each intervention in one arm",
                        (IntFunction<JsonNode>) CtgovAccountingCostTest::armsAndInterventions));
    }

    @ParameterizedTest
    @MethodSource("records")
    void doublingTheRecordAtMostDoublesTheAccountingWork(IntFunction<JsonNode> record) {
        long small = steps(record.apply(2_000));
        long large = steps(record.apply(4_000));

        assertThat(small).isPositive();
        assertThat((double) large / small).isLessThanOrEqualTo(2.5);
    }

    private static long steps(JsonNode record) {
        StudyMapper mapper = new StudyMapper(record);
        CtgovImport result = mapper.map(record.get("protocolSection"), "/protocolSection");
        assertThat(result.mapped()).isNotEmpty();
        return mapper.account().steps();
    }

    private static JsonNode keywords(int n) {
        ObjectNode record = study();
        ArrayNode keywords = record.withObject("/protocolSection/conditionsModule").putArray("keywords");
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                keywords.add("k");
            } else {
                keywords.addObject();
            }
        }
        return record;
    }

    private static JsonNode armsAndInterventions(int n) {
        ObjectNode record = study();
        ObjectNode module = record.withObject("/protocolSection/armsInterventionsModule");
        ArrayNode arms = module.putArray("armGroups");
        ArrayNode interventions = module.putArray("interventions");
        for (int i = 0; i < n; i++) {
            arms.addObject().put("label", "Arm " + i).put("type", "EXPERIMENTAL")
                    .putArray("interventionNames").add("Dietary Supplement: Supplement " + i);
            ObjectNode intervention = interventions.addObject().put("type", "DIETARY_SUPPLEMENT")
                    .put("name", "Supplement " + i);
            intervention.putArray("armGroupLabels").add("Arm " + i);
        }
        return record;
    }

    private static ObjectNode study() {
        ObjectNode record = MAPPER.createObjectNode();
        record.withObject("/protocolSection/identificationModule").put("nctId", "NCT02513394");
        record.withObject("/protocolSection/designModule").put("studyType", "INTERVENTIONAL");
        return record;
    }
}
