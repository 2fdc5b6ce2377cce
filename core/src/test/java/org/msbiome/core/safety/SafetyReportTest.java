package org.msbiome.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.validation.MsbiomeValidation;

/** Harms of NCT02210780 (ClinicalTrials.gov results, dupilumab vs placebo), as its record gives them. */
class SafetyReportTest {
    static final Vocabulary MEDDRA_18 = Vocabulary.parse("MedDRA (18.0)");

    static SafetyReport nct02210780() {
        return new SafetyReport(Optional.of(RegistryId.parse("NCT02210780")),
                new HarmsReporting(Optional.of("Reported AEs are treatment-emergent adverse events"),
                        Optional.of("from signature of the informed consent form up to the final visit (Week 32)"),
                        Optional.of(FrequencyThreshold.parse("5")), Optional.empty()),
                List.of(EventGroup.of("EG000", "Placebo qw"), EventGroup.of("EG001", "Dupilumab 300 mg qw")),
                List.of(new GroupTotals("EG000", Optional.of(0), Optional.of(97), Optional.of(0), Optional.of(97),
                                Optional.of(29), Optional.of(97)),
                        new GroupTotals("EG001", Optional.of(0), Optional.of(97), Optional.of(3), Optional.of(97),
                                Optional.of(30), Optional.of(97))),
                Optional.of(new EventTable(Seriousness.SERIOUS, List.of(AdverseEvent.of("Serum sickness-like reaction",
                        "Immune system disorders", MEDDRA_18, Seriousness.SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                        List.of(GroupCounts.of("EG000", 0, 97), GroupCounts.of("EG001", 1, 97)))))),
                Optional.of(new EventTable(Seriousness.NON_SERIOUS, List.of(AdverseEvent.of("Conjunctivitis",
                        "Infections and infestations", MEDDRA_18, Seriousness.NON_SERIOUS,
                        Assessment.SYSTEMATIC_ASSESSMENT,
                        List.of(GroupCounts.of("EG000", 0, 97), GroupCounts.of("EG001", 8, 97)))))),
                List.of());
    }

    @Test
    void holdsARegistryReportAndPassesValidation() {
        SafetyReport report = nct02210780();

        assertThat(MsbiomeValidation.validator().validate(report)).isEmpty();
        assertThat(report.totalsOf("EG001").orElseThrow().seriousAffected()).contains(3);
        assertThat(report.events()).extracting(AdverseEvent::term)
                .containsExactly("Serum sickness-like reaction", "Conjunctivitis");
        assertThat(report.reporting().otherEventsThreshold().orElseThrow().percent()).isEqualByComparingTo("5");
    }

    @Test
    void keepsNoTableApartFromAnEmptyTableAndAnAllZeroTable() {
        // NCT00763412 reports totals of 0 in both groups and no event lists.
        EventTable empty = new EventTable(Seriousness.SERIOUS, List.of());
        EventTable allZero = new EventTable(Seriousness.SERIOUS, List.of(AdverseEvent.of("Hypoglycaemia",
                "Metabolism and nutrition disorders", MEDDRA_18, Seriousness.SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                List.of(GroupCounts.of("EG000", 0, 8), GroupCounts.of("EG001", 0, 8)))));

        assertThat(empty.isAllZero()).isTrue();
        assertThat(allZero.isAllZero()).isTrue();
        assertThat(empty).isNotEqualTo(allZero);
        assertThat(Optional.of(empty)).isNotEqualTo(Optional.empty());
    }

    @Test
    void keepsZeroOfZeroAndLeavesAMissingDenominatorAbsent() {
        GroupCounts zeroOfZero = GroupCounts.of("EG000", 0, 0);
        GroupCounts noDenominator = new GroupCounts("EG000", Optional.empty(), Optional.of(0), Optional.empty());

        assertThat(zeroOfZero.participantsAtRisk()).contains(0);
        assertThat(noDenominator.participantsAtRisk()).isEmpty();
        assertThat(zeroOfZero).isNotEqualTo(noDenominator);
    }

    @Test
    void refusesCountsOfAGroupThatIsNotListed() {
        assertThatThrownBy(() -> new SafetyReport(Optional.empty(), HarmsReporting.notReported(),
                List.of(EventGroup.of("EG000", "Placebo")), List.of(), Optional.empty(), Optional.empty(),
                List.of(Withdrawals.of("EG009", 1, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withdrawals name group 'EG009', which is not listed in groups; expected one of [EG000]");
    }

    @Test
    void refusesMoreAffectedThanAtRisk() {
        assertThatThrownBy(() -> GroupCounts.of("EG000", 98, 97))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participantsAffected '98' exceeds participantsAtRisk '97' in group 'EG000'; "
                        + "expected affected <= at risk");
    }

    @Test
    void refusesAnEventOfTheWrongSeriousnessInATable() {
        AdverseEvent other = AdverseEvent.of("Conjunctivitis", "Infections and infestations", MEDDRA_18,
                Seriousness.NON_SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT, List.of());
        assertThatThrownBy(() -> new EventTable(Seriousness.SERIOUS, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("events[0] 'Conjunctivitis' is non-serious in a table of serious events");
    }

    @Test
    void readsTheFrequencyThresholdWithOrWithoutAPercentSign() {
        assertThat(FrequencyThreshold.parse("5")).isEqualTo(FrequencyThreshold.parse("5%"));
        assertThat(FrequencyThreshold.parse("0").percent()).isEqualTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> FrequencyThreshold.parse("101"))
                .hasMessage("frequency threshold '101' is not within 0 to 100 percent");
        assertThatThrownBy(() -> FrequencyThreshold.parse("1e9999"))
                .hasMessage("frequency threshold '1e9999' is not a percentage; expected a number from 0 to 100, "
                        + "like '5' or '5%'");
    }

    @Test
    void readsTheVocabularyAndItsVersionAsRegistriesWriteThem() {
        assertThat(Vocabulary.parse("MedDRA (18.0)")).isEqualTo(Vocabulary.of("MedDRA", "18.0"));
        assertThat(Vocabulary.parse("MedDRA 17.0")).isEqualTo(Vocabulary.of("MedDRA", "17.0"));
        assertThat(Vocabulary.parse("CTCAE")).isEqualTo(Vocabulary.of("CTCAE"));
        assertThat(Vocabulary.of("MedDRA", "18.0")).hasToString("MedDRA (18.0)");
    }

    @Test
    void numbersCtcaeGradesOneToFive() {
        assertThat(CtcaeGrade.ofNumber(5)).isEqualTo(CtcaeGrade.GRADE_5);
        assertThatThrownBy(() -> CtcaeGrade.ofNumber(6)).hasMessage("CTCAE grade 6 is not a grade; expected 1 to 5");
    }
}
