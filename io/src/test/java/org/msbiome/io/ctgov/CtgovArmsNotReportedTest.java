package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msbiome.core.design.DesignPart;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.reporting.Absence;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.ReadResult;

/**
 * A record without an arms and interventions module (issue #19, §3), shown by the constructed records
 * {@code constructed-no-arms-module.json} and {@code constructed-no-arms-module-bad-allocation.json}
 * (provenance in the test resources' README.md). Before, the only trace was the rule "a randomized trial
 * needs at least two arms" at {@code /protocolSection/armsInterventionsModule/armGroups}, a pointer that
 * does not exist in the record, and nothing at all when the allocation was rejected.
 */
class CtgovArmsNotReportedTest {
    private final CtgovImport result = CtgovRecords.load("constructed-no-arms-module.json");

    @Test
    void reportsTheMissingModuleAtTheObjectItIsMissingFrom() {
        assertThat(result.missing()).extracting(MissingField::pointer, MissingField::member)
                .contains(tuple("/protocolSection", "armsInterventionsModule"));
        assertThat(result.isClean()).isFalse();
    }

    @Test
    void theDesignSaysArmsNotReportedRatherThanNoArms() {
        TrialDesign design = result.design().orElseThrow();

        assertThat(design.arms()).isEmpty();
        assertThat(design.interventions()).isEmpty();
        assertThat(design.absent()).isEqualTo(Map.of(
                DesignPart.ARMS, Absence.NOT_REPORTED, DesignPart.INTERVENTIONS, Absence.NOT_REPORTED));
        assertThat(design.reported(DesignPart.OUTCOMES)).isTrue();
        assertThat(design.outcomes()).hasSize(1);
    }

    @Test
    void theRandomizedTrialRuleAppliesOnlyToReportedArms() {
        TrialDesign design = result.design().orElseThrow();

        assertThat(MsbiomeValidation.validator().validate(design)).isEmpty();
        assertThat(result.rejected()).extracting(RejectedValue::pointer)
                .noneMatch(p -> p.startsWith("/protocolSection/armsInterventionsModule"));
    }

    @Test
    void theWrittenDocumentReadsBackValidAndEqual() {
        TrialDesign design = result.design().orElseThrow();
        String json = MsbiomeJson.writer().write(design);

        assertThat(json.replaceAll("\\s", ""))
                .contains("\"absent\":{\"arms\":\"not-reported\",\"interventions\":\"not-reported\"}");
        ReadResult<TrialDesign> read = MsbiomeJson.reader().read(json, TrialDesign.class);
        assertThat(read.problems()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(design);
        assertThat(MsbiomeJson.writer().write(read.orElseThrow())).isEqualTo(json);
    }

    @Test
    void keepsAgesInWeeksAndMonthsWithTheirUnit() {
        org.msbiome.core.population.Population population = result.design().orElseThrow().population().orElseThrow();

        assertThat(population.minimumAge()).as("27 Weeks").contains(27);
        assertThat(population.minimumAgeIn()).contains(org.msbiome.core.population.AgeUnit.WEEKS);
        assertThat(population.maximumAge()).as("18 Months").contains(18);
        assertThat(population.maximumAgeIn()).contains(org.msbiome.core.population.AgeUnit.MONTHS);
        assertThat(result.mapped()).contains(
                "/protocolSection/eligibilityModule/minimumAge", "/protocolSection/eligibilityModule/maximumAge");
        assertThat(result.rejected()).isEmpty();
        String json = MsbiomeJson.writer().write(result.design().orElseThrow()).replaceAll("\\s", "");
        assertThat(json).contains("\"minimumAge\":27,\"minimumAgeUnit\":\"weeks\",\"maximumAge\":18,"
                + "\"maximumAgeUnit\":\"months\"");
    }

    @Test
    void theMissingModuleIsReportedWhenTheAllocationIsRejected() {
        CtgovImport badAllocation = CtgovRecords.load("constructed-no-arms-module-bad-allocation.json");

        assertThat(badAllocation.rejected()).extracting(RejectedValue::pointer)
                .containsExactly("/protocolSection/designModule/designInfo/allocation");
        assertThat(badAllocation.missing()).extracting(MissingField::pointer, MissingField::member)
                .contains(tuple("/protocolSection", "armsInterventionsModule"));
        assertThat(badAllocation.design().orElseThrow().absence(DesignPart.ARMS)).contains(Absence.NOT_REPORTED);
    }

    @Test
    void aMissingOutcomesModuleMarksOutcomesNotReported() {
        CtgovImport noOutcomes = CtgovRecords.load("constructed-missing-and-contradictory.json");

        assertThat(noOutcomes.design().orElseThrow().absence(DesignPart.OUTCOMES)).contains(Absence.NOT_REPORTED);
        assertThat(noOutcomes.design().orElseThrow().reported(DesignPart.ARMS)).isTrue();
    }
}
