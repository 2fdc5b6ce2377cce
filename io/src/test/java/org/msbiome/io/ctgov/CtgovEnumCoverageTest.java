package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every enum value of the OpenAPI specification's design module, and of the other enum fields the importer
 * maps, is accepted and mapped. The values are read from the specification file itself (a copy of
 * ClinicalTrials.gov OpenAPI 2.0.5 in the test resources), so values a new version adds show up here as
 * failures once the copy is updated.
 */
class CtgovEnumCoverageTest {
    private static final OpenApiEnums SPEC = new OpenApiEnums(CtgovRecords.path("ctg-oas-v2.0.5.yaml"));
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The enum fields of DesignModule, found by following its $refs. */
    static List<OpenApiEnums.EnumField> designModuleFields() {
        return SPEC.enumFields("DesignModule");
    }

    static Stream<Arguments> designModuleValues() {
        return designModuleFields().stream().flatMap(f -> f.values().stream().map(v -> Arguments.argumentSet(
                "designModule/" + String.join("/", f.path()) + " = " + v, "designModule", f, v)));
    }

    /** The other enum fields the importer maps: each located in the specification and in a record. */
    static Stream<Arguments> otherValues() {
        List<Arguments> out = new ArrayList<>();
        Object[][] fields = {
            {"/protocolSection/statusModule/overallStatus", SPEC.enumField("StatusModule", "overallStatus")},
            {"/protocolSection/statusModule/startDateStruct/type",
                SPEC.enumField("StatusModule", "startDateStruct", "type")},
            {"/protocolSection/identificationModule/secondaryIdInfos/0/type",
                SPEC.enumField("IdentificationModule", "secondaryIdInfos", "type")},
            {"/protocolSection/armsInterventionsModule/armGroups/0/type",
                SPEC.enumField("ArmsInterventionsModule", "armGroups", "type")},
            {"/protocolSection/armsInterventionsModule/interventions/0/type",
                SPEC.enumField("ArmsInterventionsModule", "interventions", "type")},
            {"/protocolSection/eligibilityModule/sex", SPEC.enumField("EligibilityModule", "sex")},
        };
        for (Object[] f : fields) {
            OpenApiEnums.EnumField field = (OpenApiEnums.EnumField) f[1];
            for (String value : field.values()) {
                out.add(Arguments.argumentSet(f[0] + " = " + value, f[0], field.schema(), value));
            }
        }
        return out.stream();
    }

    private static final String BASE = """
            {"protocolSection": {
              "identificationModule": {"secondaryIdInfos": [{"id": "CONSTRUCTED-1"}]},
              "statusModule": {"startDateStruct": {"date": "2020"}},
              "designModule": {"studyType": "INTERVENTIONAL"},
              "armsInterventionsModule": {
                "armGroups": [{"label": "A", "interventionNames": ["I"]}],
                "interventions": [{"name": "I"}]},
              "eligibilityModule": {}}}
            """;

    @Test
    void findsTheDesignModuleEnumsInTheSpecification() {
        assertThat(designModuleFields()).extracting(f -> String.join("/", f.path()) + ":" + f.schema())
                .containsExactlyInAnyOrder("studyType:StudyType", "phases:Phase", "designInfo/allocation:DesignAllocation",
                        "designInfo/interventionModel:InterventionalAssignment", "designInfo/primaryPurpose:PrimaryPurpose",
                        "designInfo/observationalModel:ObservationalModel",
                        "designInfo/timePerspective:DesignTimePerspective", "designInfo/maskingInfo/masking:DesignMasking",
                        "designInfo/maskingInfo/whoMasked:WhoMasked", "bioSpec/retention:BioSpecRetention",
                        "enrollmentInfo/type:EnrollmentType");
        assertThat(designModuleFields()).allSatisfy(f -> assertThat(f.values()).isNotEmpty());
    }

    @ParameterizedTest
    @MethodSource("designModuleValues")
    void mapsEveryDesignModuleEnumValue(String module, OpenApiEnums.EnumField field, String value) {
        ObjectNode record = MAPPER.createObjectNode();
        ObjectNode designModule = record.putObject("protocolSection").putObject("designModule");
        designModule.put("studyType", "INTERVENTIONAL");
        designModule.putObject("designInfo").putObject("maskingInfo").put("masking", "DOUBLE");
        designModule.putObject("enrollmentInfo").put("count", 10).put("type", "ACTUAL");
        String pointer = set(designModule, field.path(), field.array(), value, "/protocolSection/designModule");

        CtgovImport result = CtgovImporter.importTree(record);

        assertThat(result.rejected()).filteredOn(r -> r.pointer().equals(pointer))
                .allSatisfy(r -> assertThat(r.reason()).startsWith("the imported design breaks a rule"));
        assertThat(result.mapped()).contains(pointer);
        assertThat(result.design()).isPresent();
        assertThat(describe(result)).contains(value);
    }

    @ParameterizedTest
    @MethodSource("otherValues")
    void mapsEveryValueOfTheOtherMappedEnums(String pointer, String schema, String value) {
        JsonNode record = MAPPER.readTree(BASE);
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) record.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);

        CtgovImport result = CtgovImporter.importTree(record);

        assertThat(result.rejected()).filteredOn(r -> r.pointer().equals(pointer))
                .allSatisfy(r -> assertThat(r.reason()).startsWith("the imported design breaks a rule"));
        assertThat(result.mapped()).as(schema).contains(pointer);
        assertThat(describe(result)).contains(value);
    }

    @Test
    void findsTheOtherEnumsInTheSpecification() {
        assertThat(otherValues().map(a -> a.get()[1]).distinct()).containsExactly(
                "Status", "DateType", "SecondaryIdType", "ArmGroupType", "InterventionType", "Sex");
    }

    private static String set(ObjectNode parent, List<String> path, boolean array, String value, String base) {
        ObjectNode node = parent;
        StringBuilder pointer = new StringBuilder(base);
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode child = node.get(path.get(i));
            node = child instanceof ObjectNode o ? o : node.putObject(path.get(i));
            pointer.append('/').append(path.get(i));
        }
        String last = path.get(path.size() - 1);
        pointer.append('/').append(last);
        if (array) {
            node.putArray(last).add(value);
            pointer.append("/0");
        } else {
            node.put(last, value);
        }
        return pointer.toString();
    }

    /** The design and the study as text, to find the imported value in. */
    private static String describe(CtgovImport result) {
        return result.design().map(Object::toString).orElse("") + result.study();
    }
}
