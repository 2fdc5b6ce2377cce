package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.population.MsPhenotype;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.ProblemCode;
import tools.jackson.databind.JsonNode;

/** The importer's account of a record, its inferences from text, and its errors. */
class CtgovImporterTest {

    static Stream<Arguments> records() {
        return CtgovRecords.ALL.stream().map(name -> Arguments.argumentSet(name, name));
    }

    @ParameterizedTest
    @MethodSource("records")
    void accountsForEveryLeafOfTheRecord(String name) {
        CtgovImport result = CtgovRecords.load(name);
        JsonNode tree = CtgovRecords.tree(name);
        List<String> accounted = new ArrayList<>(result.mapped());
        result.inferred().forEach(v -> accounted.add(v.pointer()));
        result.rejected().forEach(v -> accounted.add(v.pointer()));
        result.unmapped().forEach(v -> accounted.add(v.pointer()));

        assertThat(CtgovRecords.leaves(tree)).allSatisfy(leaf -> assertThat(accounted)
                .as("leaf %s is mapped, inferred from, rejected or under an unmapped field", leaf)
                .anyMatch(p -> leaf.equals(p) || leaf.startsWith(p + "/")));
        assertThat(result.mapped()).allSatisfy(p -> assertThat(tree.at(p).isMissingNode()).as(p).isFalse());
        assertThat(result.unmapped()).allSatisfy(u -> assertThat(tree.at(u.pointer()).isMissingNode()).as(u.pointer()).isFalse());
        assertThat(result.unmapped()).extracting(UnmappedField::pointer).doesNotHaveDuplicates()
                .noneMatch(p -> result.mapped().stream().anyMatch(m -> m.startsWith(p + "/") || m.equals(p)));
    }

    @Test
    void neverFailsOnAWellFormedRecordWhoseValuesHaveUnexpectedTypes() {
        java.util.Random random = new java.util.Random(20261127L);
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        List<JsonNode> replacements = List.of(mapper.getNodeFactory().numberNode(-7), mapper.getNodeFactory().stringNode(""),
                mapper.getNodeFactory().stringNode("UNEXPECTED"), mapper.getNodeFactory().booleanNode(true),
                mapper.getNodeFactory().nullNode(), mapper.createObjectNode(), mapper.createArrayNode());
        for (int round = 0; round < 300; round++) {
            String name = CtgovRecords.ALL.get(1 + random.nextInt(CtgovRecords.ALL.size() - 1));
            JsonNode tree = CtgovRecords.tree(name);
            List<String> leaves = CtgovRecords.leaves(tree);
            for (int k = 0; k < 3; k++) {
                String leaf = leaves.get(random.nextInt(leaves.size()));
                int slash = leaf.lastIndexOf('/');
                JsonNode parent = tree.at(leaf.substring(0, slash));
                JsonNode value = replacements.get(random.nextInt(replacements.size()));
                if (parent instanceof tools.jackson.databind.node.ObjectNode o) {
                    o.set(leaf.substring(slash + 1), value);
                } else if (parent instanceof tools.jackson.databind.node.ArrayNode a) {
                    a.set(Integer.parseInt(leaf.substring(slash + 1)), value);
                }
            }
            CtgovImport result = CtgovImporter.importTree(tree);
            List<String> accounted = new ArrayList<>(result.mapped());
            result.inferred().forEach(v -> accounted.add(v.pointer()));
            result.rejected().forEach(v -> accounted.add(v.pointer()));
            result.unmapped().forEach(v -> accounted.add(v.pointer()));
            assertThat(CtgovRecords.leaves(tree)).as("round %d of %s", round, name).allSatisfy(leaf -> assertThat(accounted)
                    .anyMatch(p -> leaf.equals(p) || leaf.startsWith(p + "/")));
        }
    }

    @Test
    void listsTheMemberThatTheSpecificationDoesNotDefineAsUnmapped() {
        CtgovImport result = CtgovRecords.load("NCT02513394.json");
        assertThat(result.unmapped()).extracting(UnmappedField::pointer)
                .as("locations_nested is inside contactsLocationsModule, which is unmapped as a whole")
                .contains("/protocolSection/contactsLocationsModule");
    }

    @ParameterizedTest
    @CsvSource({
        "Relapsing-Remitting Multiple Sclerosis, rrms",
        "'Multiple Sclerosis, Relapsing-Remitting', rrms",
        "RRMS, rrms",
        "Secondary Progressive Multiple Sclerosis, spms",
        "Primary Progressive Multiple Sclerosis, ppms",
        "Clinically Isolated Syndrome, cis",
    })
    void infersThePhenotypeAConditionNamesUnambiguously(String condition, String phenotype) {
        CtgovImport result = CtgovImporter.importJson(withCondition(condition));
        assertThat(result.design().orElseThrow().population().orElseThrow().phenotypes())
                .singleElement().satisfies(c -> assertThat(c.phenotype()).isEqualTo(MsPhenotype.fromCode(phenotype)));
        assertThat(result.inferred()).extracting(InferredValue::target, InferredValue::value, InferredValue::pointer,
                InferredValue::text).containsExactly(tuple("design.population.phenotypes", phenotype,
                        "/protocolSection/conditionsModule/conditions/0", condition));
    }

    @ParameterizedTest
    @CsvSource({"Multiple Sclerosis", "Relapsing Multiple Sclerosis", "Progressive Multiple Sclerosis",
        "Multiple Sclerosis, Relapsing-Remitting and Secondary Progressive", "Breast Cancer"})
    void infersNoPhenotypeFromAmbiguousConditions(String condition) {
        CtgovImport result = CtgovImporter.importJson(withCondition(condition));
        assertThat(result.design().orElseThrow().population()).isEmpty();
        assertThat(result.inferred()).isEmpty();
        assertThat(result.study().conditions()).containsExactly(condition);
        assertThat(result.mapped()).contains("/protocolSection/conditionsModule/conditions/0");
    }

    private static String withCondition(String condition) {
        return """
                {"protocolSection": {"conditionsModule": {"conditions": ["%s"]},
                  "designModule": {"studyType": "OBSERVATIONAL"}}}""".formatted(condition);
    }

    @ParameterizedTest
    @CsvSource({"22 Years, 22, years", "1 Year, 1, years", "24 Months, 24, months", "18 Months, 18, months",
            "27 Weeks, 27, weeks", "3 Days, 3, days", "0 Years, 0, years"})
    void keepsAgesWithTheirUnit(String age, int value, String unit) {
        CtgovImport result = CtgovImporter.importJson(withMinimumAge(age));
        org.msbiome.core.population.Population population =
                result.design().orElseThrow().population().orElseThrow();
        assertThat(population.minimumAge()).contains(value);
        assertThat(population.minimumAgeIn()).contains(org.msbiome.core.population.AgeUnit.fromCode(unit));
        assertThat(population.minimumAgeUnit().isEmpty()).as("years has no unit on the wire")
                .isEqualTo(unit.equals("years"));
        assertThat(result.rejected()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"6 Hours", "30 Minutes", "eighteen years", "18 years"})
    void rejectsAgesInHoursOrMinutesAndTextThatIsNoAge(String age) {
        CtgovImport result = CtgovImporter.importJson(withMinimumAge(age));
        assertThat(result.design().orElseThrow().population()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.pointer()).isEqualTo("/protocolSection/eligibilityModule/minimumAge");
            assertThat(r.value()).contains("\"" + age + "\"");
        });
    }

    private static String withMinimumAge(String age) {
        return """
                {"protocolSection": {"eligibilityModule": {"minimumAge": "%s"},
                  "designModule": {"studyType": "OBSERVATIONAL"}}}""".formatted(age);
    }

    @Test
    void buildsNoDesignWithoutAUsableStudyTypeAndListsTheDesignFieldsAsUnmapped() {
        CtgovImport result = CtgovImporter.importJson("""
                {"protocolSection": {
                  "identificationModule": {"nctId": "NCT99999906", "briefTitle": "Constructed"},
                  "designModule": {"studyType": "PATIENT_REGISTRY", "phases": ["PHASE1"]},
                  "eligibilityModule": {"sex": "ALL"}}}""");
        assertThat(result.design()).isEmpty();
        assertThat(result.isClean()).isFalse();
        assertThat(result.study().briefTitle()).contains("Constructed");
        assertThat(result.rejected()).extracting(RejectedValue::pointer, RejectedValue::value)
                .containsExactly(tuple("/protocolSection/designModule/studyType", Optional.of("\"PATIENT_REGISTRY\"")));
        assertThat(result.unmapped()).extracting(UnmappedField::pointer, UnmappedField::reason).containsExactly(
                tuple("/protocolSection/designModule/phases", "no design was built: the record has no usable study type"),
                tuple("/protocolSection/eligibilityModule", "no design was built: the record has no usable study type"));
    }

    @Test
    void reportsAMissingStudyType() {
        CtgovImport result = CtgovImporter.importJson("{\"protocolSection\": {\"identificationModule\": {}}}");
        assertThat(result.design()).isEmpty();
        assertThat(result.rejected()).extracting(RejectedValue::pointer, RejectedValue::value)
                .containsExactly(tuple("/protocolSection/designModule/studyType", Optional.empty()));
        assertThat(result.unmapped()).extracting(UnmappedField::pointer)
                .containsExactly("/protocolSection/identificationModule");
    }

    @Test
    void rejectsLinksToArmsAndInterventionsThatDoNotExistAndRepeatedInterventionNames() {
        CtgovImport result = CtgovImporter.importJson("""
                {"protocolSection": {"designModule": {"studyType": "INTERVENTIONAL"},
                  "armsInterventionsModule": {
                    "armGroups": [{"label": "A", "type": "EXPERIMENTAL", "interventionNames": ["Drug: X", "Drug: Y", "Device: Z"]}],
                    "interventions": [
                      {"type": "DRUG", "name": "X", "armGroupLabels": ["A", "B"]},
                      {"type": "DRUG", "name": "X"},
                      {"type": "BEHAVIORAL", "name": "Z"}]}}}""");
        String ai = "/protocolSection/armsInterventionsModule";
        assertThat(result.rejected()).extracting(RejectedValue::pointer).containsExactly(
                ai + "/interventions/1/name", ai + "/armGroups/0/interventionNames/1",
                ai + "/armGroups/0/interventionNames/2", ai + "/interventions/0/armGroupLabels/1",
                ai + "/interventions/2");
        assertThat(result.rejected().get(0).reason()).isEqualTo(
                "repeats the name of " + ai + "/interventions/0; the second intervention is not imported");
        assertThat(result.rejected().get(4).reason()).isEqualTo("the imported design breaks a rule of the vocabulary"
                + " at interventions[1]: intervention is not given in any arm");
        assertThat(result.design().orElseThrow().arms().get(0).interventionNames()).containsExactly("X");
    }

    @Test
    void rejectsValuesOfTheWrongJsonType() {
        CtgovImport result = CtgovImporter.importJson("""
                {"protocolSection": {"designModule": {"studyType": "INTERVENTIONAL", "phases": "PHASE1",
                  "enrollmentInfo": {"count": "many", "type": "ACTUAL"}},
                  "eligibilityModule": {"healthyVolunteers": "no", "sex": 1},
                  "identificationModule": {"briefTitle": "  "}}}""");
        assertThat(result.rejected()).extracting(RejectedValue::pointer, RejectedValue::reason).containsExactly(
                tuple("/protocolSection/identificationModule/briefTitle", "blank; expected text, or the field left out"),
                tuple("/protocolSection/designModule/phases", "expected an array"),
                tuple("/protocolSection/designModule/enrollmentInfo/count", "expected a whole number"),
                tuple("/protocolSection/eligibilityModule/sex", "expected a string"),
                tuple("/protocolSection/eligibilityModule/healthyVolunteers", "expected true or false"));
    }

    @Test
    void refusesTextThatIsNotJsonWithTheLineAndColumn() {
        assertThatThrownBy(() -> CtgovImporter.importJson("{\"protocolSection\": {\n  \"designModule\": }"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
                            assertThat(p.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(2));
                        }));
    }

    @Test
    void refusesADuplicateMember() {
        assertThatThrownBy(() -> CtgovImporter.importJson(
                "{\"protocolSection\": {\"designModule\": {\"studyType\": \"INTERVENTIONAL\", \"studyType\": \"OBSERVATIONAL\"}}}"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("studyType");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]| | wrong-type",
        "{\"studies\": []}|/protocolSection|missing-property",
        "{\"protocolSection\": 1}|/protocolSection|wrong-type",
        "'   '| | empty-document",
    })
    void refusesJsonThatIsNotAStudyRecord(String json, String pointer, String code) {
        assertThatThrownBy(() -> CtgovImporter.importJson(json))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo(pointer == null ? "" : pointer);
                            assertThat(p.code()).isEqualTo(ProblemCode.fromCode(code));
                        }));
    }
}
