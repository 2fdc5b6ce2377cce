package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeCertaintyTest {

    @ParameterizedTest
    @CsvSource({"high, HIGH, 4", "moderate, MODERATE, 3", "low, LOW, 2", "very-low, VERY_LOW, 1"})
    void usesTheFhirCertaintyRatingCodes(String code, GradeCertainty level, int rank) {
        assertThat(GradeCertainty.fromCode(code)).isEqualTo(level);
        assertThat(level.code()).isEqualTo(code);
        assertThat(level.rank()).isEqualTo(rank);
    }

    @ParameterizedTest
    @CsvSource({"-3, VERY_LOW", "0, VERY_LOW", "1, VERY_LOW", "2, LOW", "3, MODERATE", "4, HIGH", "5, HIGH", "9, HIGH"})
    void clampsRanks(int rank, GradeCertainty level) {
        assertThat(GradeCertainty.ofClampedRank(rank)).isEqualTo(level);
    }

    @Test
    void rejectsUnknownCodes() {
        assertThatThrownBy(() -> GradeCertainty.fromCode("very low"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GRADE certainty 'very low' is unknown; expected one of very-low, low, moderate, high");
    }

    @Test
    void domainsUseTheFhirCertaintyTypeCodes() {
        assertThat(GradeDowngradeDomain.fromCode("RiskOfBias")).isEqualTo(GradeDowngradeDomain.RISK_OF_BIAS);
        assertThat(GradeDowngradeDomain.fromCode("PublicationBias")).isEqualTo(GradeDowngradeDomain.PUBLICATION_BIAS);
        assertThat(GradeUpgradeDomain.fromCode("DoseResponseGradient")).isEqualTo(GradeUpgradeDomain.DOSE_RESPONSE_GRADIENT);
        assertThat(GradeStartingDesign.fromCode("observational-studies")).isEqualTo(GradeStartingDesign.OBSERVATIONAL_STUDIES);
        assertThat(EvidenceSubjects.fromCode("animals")).isEqualTo(EvidenceSubjects.ANIMALS);
    }
}
