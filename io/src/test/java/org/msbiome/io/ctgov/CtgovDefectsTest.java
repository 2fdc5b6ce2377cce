package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.msbiome.core.design.TrialDesign;

/**
 * Defects found with records written from public facts (issue #19, §3), each shown by the constructed record
 * {@code constructed-missing-and-contradictory.json} (provenance in the test resources' README.md).
 */
class CtgovDefectsTest {
    private final CtgovImport result = CtgovRecords.load("constructed-missing-and-contradictory.json");

    @Test
    void reportsAMissingOutcomesModuleAtTheObjectItIsMissingFrom() {
        assertThat(result.missing()).extracting(MissingField::pointer, MissingField::member)
                .contains(tuple("/protocolSection", "outcomesModule"));
        assertThat(result.isClean()).isFalse();
        assertThat(result.design().orElseThrow().outcomes()).isEmpty();
    }

    @Test
    void reportsAMissingNctId() {
        assertThat(result.missing()).extracting(MissingField::pointer, MissingField::member)
                .contains(tuple("/protocolSection/identificationModule", "nctId"));
        assertThat(result.study().nctId()).isEmpty();
    }

    @Test
    void saysWhyADateDoesNotExistWithoutJavaTimeInternals() {
        assertThat(result.rejected()).filteredOn(r -> r.pointer().equals("/protocolSection/statusModule/startDateStruct/date"))
                .singleElement().satisfies(r -> {
                    assertThat(r.reason()).isEqualTo(
                            "date '2021-02-30' is not a real date; 2021-02 has no day 30; it has days 01 to 28");
                    assertThat(r.reason()).doesNotContain("TemporalAccessor", "java.time");
                });
    }

    @Test
    void aMinimumAgeAboveTheMaximumLeavesBothOutOfTheDesign() {
        TrialDesign design = result.design().orElseThrow();

        assertThat(result.rejected()).extracting(RejectedValue::pointer).contains(
                "/protocolSection/eligibilityModule/minimumAge", "/protocolSection/eligibilityModule/maximumAge");
        assertThat(result.mapped()).doesNotContain(
                "/protocolSection/eligibilityModule/minimumAge", "/protocolSection/eligibilityModule/maximumAge");
        assertThat(design.population().orElseThrow().minimumAge()).isEmpty();
        assertThat(design.population().orElseThrow().maximumAge()).isEmpty();
        assertThat(org.msbiome.core.validation.MsbiomeValidation.validator().validate(design)).isEmpty();
    }
}
