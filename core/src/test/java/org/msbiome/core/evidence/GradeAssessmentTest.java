package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.validation.MsbiomeValidation;

/** GRADE rating rules (GRADE Working Group, https://bmjopen.bmj.com/highwire/markup/215908/expansion). */
class GradeAssessmentTest {
    private static final GradeAssessment RCTS = GradeAssessment.of("EDSS", GradeStartingDesign.RANDOMIZED_TRIALS, EvidenceSubjects.HUMANS);
    private static final GradeAssessment OBSERVATIONAL =
            GradeAssessment.of("EDSS", GradeStartingDesign.OBSERVATIONAL_STUDIES, EvidenceSubjects.HUMANS);

    @Test
    void randomizedTrialsStartHigh() {
        assertThat(RCTS.startingCertainty()).isEqualTo(GradeCertainty.HIGH);
        assertThat(RCTS.certainty()).isEqualTo(GradeCertainty.HIGH);
    }

    @Test
    void observationalStudiesStartLow() {
        assertThat(OBSERVATIONAL.startingCertainty()).isEqualTo(GradeCertainty.LOW);
        assertThat(OBSERVATIONAL.certainty()).isEqualTo(GradeCertainty.LOW);
    }

    @ParameterizedTest
    @EnumSource(GradeDowngradeDomain.class)
    void eachReasonToRateDownLowersOneLevelWhenSeriousAndTwoWhenVerySerious(GradeDowngradeDomain domain) {
        GradeAssessment serious = RCTS.withDowngrade(GradeDowngrade.serious(domain, "why"));
        GradeAssessment verySerious = RCTS.withDowngrade(GradeDowngrade.verySerious(domain, "why"));

        assertThat(serious.certainty()).isEqualTo(GradeCertainty.MODERATE);
        assertThat(verySerious.certainty()).isEqualTo(GradeCertainty.LOW);
        assertThat(serious.downgrades().get(0).ratingCode()).isEqualTo("downcode1");
        assertThat(verySerious.downgrades().get(0).ratingCode()).isEqualTo("downcode2");
    }

    @Test
    void aLargeEffectRatesUpOneLevelAndAVeryLargeEffectTwo() {
        assertThat(OBSERVATIONAL.withUpgrade(GradeUpgrade.oneLevel(GradeUpgradeDomain.LARGE_EFFECT, "RR 0.4")).certainty())
                .isEqualTo(GradeCertainty.MODERATE);
        assertThat(OBSERVATIONAL.withUpgrade(GradeUpgrade.veryLargeEffect("RR 0.1")).certainty()).isEqualTo(GradeCertainty.HIGH);
        assertThat(GradeUpgrade.veryLargeEffect("RR 0.1").ratingCode()).isEqualTo("upcode2");
    }

    @ParameterizedTest
    @EnumSource(value = GradeUpgradeDomain.class, names = {"DOSE_RESPONSE_GRADIENT", "PLAUSIBLE_CONFOUNDING"})
    void doseResponseAndPlausibleConfoundingRateUpOneLevelOnly(GradeUpgradeDomain domain) {
        assertThat(OBSERVATIONAL.withUpgrade(GradeUpgrade.oneLevel(domain, "why")).certainty()).isEqualTo(GradeCertainty.MODERATE);
        assertThatThrownBy(() -> new GradeUpgrade(domain, 2, "why"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("levels 2 for " + domain.code() + " is out of range; expected 1");
    }

    @Test
    void upAndDownAddUp() {
        GradeAssessment assessment = OBSERVATIONAL
                .withUpgrade(GradeUpgrade.veryLargeEffect("why"))
                .withUpgrade(GradeUpgrade.oneLevel(GradeUpgradeDomain.DOSE_RESPONSE_GRADIENT, "why"))
                .withDowngrade(GradeDowngrade.serious(GradeDowngradeDomain.IMPRECISION, "why"));

        assertThat(assessment.netChange()).isEqualTo(2);
        assertThat(assessment.certainty()).isEqualTo(GradeCertainty.HIGH);
    }

    @Test
    void clampsAtVeryLowAndHigh() {
        GradeAssessment down = RCTS
                .withDowngrade(GradeDowngrade.verySerious(GradeDowngradeDomain.RISK_OF_BIAS, "why"))
                .withDowngrade(GradeDowngrade.verySerious(GradeDowngradeDomain.INCONSISTENCY, "why"))
                .withDowngrade(GradeDowngrade.verySerious(GradeDowngradeDomain.IMPRECISION, "why"));
        GradeAssessment up = RCTS
                .withUpgrade(GradeUpgrade.veryLargeEffect("why"))
                .withUpgrade(GradeUpgrade.oneLevel(GradeUpgradeDomain.PLAUSIBLE_CONFOUNDING, "why"));

        assertThat(down.netChange()).isEqualTo(-6);
        assertThat(down.certainty()).isEqualTo(GradeCertainty.VERY_LOW);
        assertThat(up.netChange()).isEqualTo(3);
        assertThat(up.certainty()).isEqualTo(GradeCertainty.HIGH);
    }

    static Stream<Arguments> badRatings() {
        return Stream.of(
                Arguments.argumentSet("down zero levels", (Runnable) () -> new GradeDowngrade(GradeDowngradeDomain.IMPRECISION, 0, "why"),
                        "levels 0 for Imprecision is out of range; expected 1 (serious) or 2 (very serious)"),
                Arguments.argumentSet("down three levels", (Runnable) () -> new GradeDowngrade(GradeDowngradeDomain.PUBLICATION_BIAS, 3, "why"),
                        "levels 3 for PublicationBias is out of range; expected 1 (serious) or 2 (very serious)"),
                Arguments.argumentSet("large effect three levels", (Runnable) () -> new GradeUpgrade(GradeUpgradeDomain.LARGE_EFFECT, 3, "why"),
                        "levels 3 for LargeEffect is out of range; expected 1 (large) or 2 (very large)"),
                Arguments.argumentSet("blank rationale", (Runnable) () -> GradeDowngrade.serious(GradeDowngradeDomain.INDIRECTNESS, " "),
                        "rationale must not be blank"),
                Arguments.argumentSet("same domain twice", (Runnable) () -> RCTS
                                .withDowngrade(GradeDowngrade.serious(GradeDowngradeDomain.INCONSISTENCY, "a"))
                                .withDowngrade(GradeDowngrade.verySerious(GradeDowngradeDomain.INCONSISTENCY, "b")),
                        "downgrades rate Inconsistency more than once; expected each domain at most once (1 or 2 levels)"),
                Arguments.argumentSet("same upgrade twice", (Runnable) () -> OBSERVATIONAL
                                .withUpgrade(GradeUpgrade.oneLevel(GradeUpgradeDomain.LARGE_EFFECT, "a"))
                                .withUpgrade(GradeUpgrade.veryLargeEffect("b")),
                        "upgrades rate LargeEffect more than once; expected each domain at most once"),
                Arguments.argumentSet("animal rationale for human evidence", (Runnable) () -> RCTS.withAnimalEvidenceRationale("why"),
                        "animalEvidenceRationale is given for evidence from humans; expected it only for evidence from animals"));
    }

    @ParameterizedTest
    @MethodSource("badRatings")
    void rejectsRatingsGradeDoesNotDefine(Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void animalEvidenceAboveLowNeedsARecordedReason() {
        GradeAssessment animals = GradeAssessment.of("EAE clinical score", GradeStartingDesign.RANDOMIZED_TRIALS, EvidenceSubjects.ANIMALS)
                .withDowngrade(GradeDowngrade.serious(GradeDowngradeDomain.INDIRECTNESS, "mouse EAE for a question about people"));

        Set<ConstraintViolation<GradeAssessment>> violations = MsbiomeValidation.validator().validate(animals);

        assertThat(animals.certainty()).isEqualTo(GradeCertainty.MODERATE);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("animalEvidenceRationale");
            assertThat(v.getMessage())
                    .isEqualTo("evidence from animals cannot be rated above low for a question about people without a recorded reason");
        });
    }

    @Test
    void animalEvidenceAboveLowWithAReasonIsValid() {
        GradeAssessment animals = GradeAssessment.of("EAE clinical score", GradeStartingDesign.RANDOMIZED_TRIALS, EvidenceSubjects.ANIMALS)
                .withDowngrade(GradeDowngrade.serious(GradeDowngradeDomain.INDIRECTNESS, "mouse EAE for a question about people"))
                .withAnimalEvidenceRationale("the reviewers' stated reason");

        assertThat(MsbiomeValidation.validator().validate(animals)).isEmpty();
    }

    @Test
    void animalEvidenceAtLowOrBelowNeedsNoReason() {
        GradeAssessment low = GradeAssessment.of("EAE clinical score", GradeStartingDesign.RANDOMIZED_TRIALS, EvidenceSubjects.ANIMALS)
                .withDowngrade(GradeDowngrade.verySerious(GradeDowngradeDomain.INDIRECTNESS, "mouse EAE for a question about people"));

        assertThat(low.certainty()).isEqualTo(GradeCertainty.LOW);
        assertThat(MsbiomeValidation.validator().validate(low)).isEmpty();
        assertThat(MsbiomeValidation.validator().validate(RCTS)).isEmpty();
    }

    /**
     * The EDSS evidence of the reference trials (biology.md §5): Kouchaki 2017 (PMID 27669638) and
     * Salami 2019 (DOI 10.1016/j.jff.2018.10.023) are randomized/double-blind placebo-controlled trials; the
     * meta-analysis Jiang 2021 (PMID 33629669) pooled EDSS from 3 RCTs (173 patients) as SMD −1.22 (95% CI
     * −2.40 to −0.03; I² 92%) and judged the evidence "very low certainty". Jiang's judgement per domain is
     * not in our sources; the domain ratings below are this test's, each resting only on those reported facts.
     */
    @Test
    void ratesTheEdssEvidenceOfTheReferenceTrialsVeryLow() {
        GradeAssessment edss = new GradeAssessment("EDSS", GradeStartingDesign.RANDOMIZED_TRIALS, EvidenceSubjects.HUMANS,
                List.of(
                        GradeDowngrade.serious(GradeDowngradeDomain.RISK_OF_BIAS,
                                "Small trials from few groups: Kouchaki 2017 lists Tamtaji and Salami as co-authors, and "
                                        + "Tamtaji 2017, with the same four-strain product, was retracted in 2024 after an "
                                        + "expression of concern in 2022; cohort overlap between the trials is unverified."),
                        GradeDowngrade.serious(GradeDowngradeDomain.INCONSISTENCY,
                                "I² 92% for the pooled EDSS SMD in Jiang 2021."),
                        GradeDowngrade.serious(GradeDowngradeDomain.IMPRECISION,
                                "3 RCTs with 173 patients in Jiang 2021; the 95% CI of the EDSS SMD runs from −2.40 to −0.03.")),
                List.of(),
                Optional.empty());

        assertThat(edss.startingCertainty()).isEqualTo(GradeCertainty.HIGH);
        assertThat(edss.netChange()).isEqualTo(-3);
        assertThat(edss.certainty()).isEqualTo(GradeCertainty.VERY_LOW);
        assertThat(edss.certainty().code()).isEqualTo("very-low");
        assertThat(MsbiomeValidation.validator().validate(edss)).isEmpty();
    }
}
