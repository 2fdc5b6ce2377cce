package org.msbiome.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.msbiome.core.validation.ConstraintAssertions.assertSingle;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import java.time.Period;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msbiome.core.population.Edss;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.MsPhenotype;
import org.msbiome.core.population.Population;
import org.msbiome.core.reporting.Absence;
import org.msbiome.core.validation.MsbiomeValidation;

/** Every cross-field rule of {@code @ConsistentTrialDesign} and {@code @ConsistentMasking}, with path and message. */
class TrialDesignTest {
    private static final Placebo PLACEBO = new Placebo("placebo", Optional.of("starch"), Regimen.notReported());
    private static final OtherIntervention ACTIVE =
            new OtherIntervention("probiotic", Optional.empty(), Regimen.notReported());

    private static TrialDesign.Builder randomizedParallel() {
        return TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .interventionModel(InterventionModel.PARALLEL)
                .intervention(ACTIVE)
                .intervention(PLACEBO)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic"))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo"));
    }

    @Test
    void aConsistentDesignHasNoViolation() {
        TrialDesign design = randomizedParallel()
                .phases(Phase.PHASE2, Phase.PHASE3)
                .masking(MaskingInfo.of(Masking.DOUBLE, WhoMasked.PARTICIPANT, WhoMasked.INVESTIGATOR))
                .enrollment(Enrollment.actual(60))
                .allocationRatio(AllocationRatio.of(1, 1))
                .framework(TrialFramework.SUPERIORITY)
                .build();

        assertValid(design);
        assertThat(design.interventionsOf(design.arms().get(1))).containsExactly(PLACEBO);
    }

    @Test
    void randomizedTrialNeedsTwoArms() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .intervention(ACTIVE)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic"))
                .build();

        assertSingle(design, "arms", "a randomized trial needs at least two arms");
    }

    @Test
    void armsNotReportedAreNotNoArms() {
        // A registry record without an arms module: randomized, interventions listed, arms not reported.
        TrialDesign notReported = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .allocationRatio(AllocationRatio.of(1, 1))
                .intervention(ACTIVE)
                .absent(DesignPart.ARMS, Absence.NOT_REPORTED)
                .build();
        assertValid(notReported);
        assertThat(notReported.reported(DesignPart.ARMS)).isFalse();
        assertThat(notReported.absence(DesignPart.ARMS)).contains(Absence.NOT_REPORTED);
        assertThat(notReported.absence(DesignPart.OUTCOMES)).isEmpty();

        // The same design with no entry in absent: the arms are reported, and there are none.
        TrialDesign noArms = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .intervention(ACTIVE)
                .build();
        assertThat(noArms).isNotEqualTo(notReported.withAbsent(DesignPart.ARMS, Absence.NOT_REPORTED));
        assertThat(violationPaths(noArms)).containsExactlyInAnyOrder("arms", "interventions[0]");
        assertSingle(TrialDesign.builder(StudyType.INTERVENTIONAL).allocation(Allocation.RANDOMIZED).build(),
                "arms", "a randomized trial needs at least two arms");
    }

    @Test
    void singleGroupRuleAppliesOnlyToReportedArms() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.NA)
                .interventionModel(InterventionModel.SINGLE_GROUP)
                .absent(DesignPart.ARMS, Absence.UNKNOWN)
                .build();

        assertValid(design);
    }

    @Test
    void aPartMarkedAbsentHoldsNoValue() {
        TrialDesign arms = randomizedParallel().absent(DesignPart.ARMS, Absence.NOT_REPORTED).build();
        assertSingle(arms, "arms", "a part marked absent must hold no value");

        TrialDesign interventions = randomizedParallel().absent(DesignPart.INTERVENTIONS, Absence.NOT_APPLICABLE)
                .build();
        assertSingle(interventions, "interventions", "a part marked absent must hold no value");

        TrialDesign outcomes = randomizedParallel().absent(DesignPart.OUTCOMES, Absence.NOT_REPORTED).build();
        assertValid(outcomes);
    }

    private static java.util.List<String> violationPaths(TrialDesign design) {
        return org.msbiome.core.validation.MsbiomeValidation.validator().validate(design).stream()
                .map(v -> v.getPropertyPath().toString())
                .toList();
    }

    @Test
    void singleGroupDesignHasExactlyOneArm() {
        TrialDesign design = randomizedParallel()
                .allocation(Allocation.NA)
                .interventionModel(InterventionModel.SINGLE_GROUP)
                .build();

        assertSingle(design, "arms", "a single-group design has exactly one arm");
    }

    @Test
    void crossoverNeedsWashoutOrPeriods() {
        TrialDesign.Builder crossover = randomizedParallel().interventionModel(InterventionModel.CROSSOVER);

        assertSingle(crossover.build(), "washout", "a crossover design needs a washout or a number of periods");
        assertValid(crossover.washout(Period.ofWeeks(4)).build());
        assertValid(randomizedParallel().interventionModel(InterventionModel.CROSSOVER).periods(2).build());
    }

    @Test
    void openLabelTrialMasksNobody() {
        TrialDesign design = randomizedParallel()
                .masking(MaskingInfo.of(Masking.NONE, WhoMasked.PARTICIPANT))
                .build();

        assertSingle(design, "masking.whoMasked", "an open-label trial (masking NONE) has nobody masked");
        assertValid(randomizedParallel().masking(MaskingInfo.of(Masking.NONE)).build());
    }

    /** Two arms giving the active intervention, one of them a placebo comparator. */
    private static TrialDesign.Builder placeboArmGivingTheActive() {
        return TrialDesign.builder(StudyType.INTERVENTIONAL)
                .intervention(ACTIVE)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic"))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "probiotic"));
    }

    @Test
    void placeboComparatorArmGivesAPlacebo() {
        TrialDesign design = placeboArmGivingTheActive().build();

        assertSingle(design, "arms[1].interventionNames", "a placebo-comparator arm must give a placebo");
    }

    @Test
    void everyInterventionBelongsToAnArm() {
        TrialDesign design = randomizedParallel()
                .intervention(new DiseaseModifyingTherapy("interferon beta-1a", Regimen.notReported()))
                .build();

        assertSingle(design, "interventions[2]", "intervention is not given in any arm");
    }

    @Test
    void armNamesOnlyListedInterventions() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .intervention(PLACEBO)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic"))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo"))
                .build();

        assertSingle(design, "arms[0].interventionNames", "arm names an intervention the trial does not list");
    }

    @Test
    void armLabelsAreUnique() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .intervention(ACTIVE)
                .intervention(PLACEBO)
                .arm(Arm.of("group A", ArmType.EXPERIMENTAL, "probiotic"))
                .arm(Arm.of("group A", ArmType.PLACEBO_COMPARATOR, "placebo"))
                .build();

        assertSingle(design, "arms[1].label", "arm label is not unique");
    }

    @Test
    void interventionNamesAreUnique() {
        TrialDesign design = randomizedParallel()
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported()))
                .build();

        assertSingle(design, "interventions[2].name", "intervention name is not unique");
    }

    @Test
    void aRepeatedInterventionNameStandsForItsFirstIntervention() {
        Placebo namedLikeTheProbiotic = new Placebo("probiotic", Optional.empty(), Regimen.notReported());
        // Given by name, the repeat is given too: only its name is reported.
        TrialDesign given = randomizedParallel().intervention(namedLikeTheProbiotic).build();
        assertSingle(given, "interventions[2].name", "intervention name is not unique");

        // The arm's name is the first intervention of that name, which is no placebo.
        TrialDesign design = placeboArmGivingTheActive().intervention(namedLikeTheProbiotic).build();
        Set<String> found = MsbiomeValidation.validator().validate(design).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());
        assertThat(found).containsExactlyInAnyOrder(
                "arms[1].interventionNames: a placebo-comparator arm must give a placebo",
                "interventions[1].name: intervention name is not unique");
    }

    @Test
    void allocationRatioHasOnePartPerArm() {
        TrialDesign design = randomizedParallel().allocationRatio(AllocationRatio.of(2, 1, 1)).build();

        assertSingle(design, "allocationRatio", "the allocation ratio needs one part per arm");
    }

    @Test
    void enrollmentIsNotNegative() {
        TrialDesign design = randomizedParallel().enrollment(Enrollment.estimated(-1)).build();

        assertSingle(design, "enrollment.count", "must be greater than or equal to 0");
    }

    @Test
    void armsDoNotOutnumberTheActualEnrollment() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .enrollment(Enrollment.actual(50))
                .intervention(ACTIVE)
                .intervention(PLACEBO)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic").withParticipants(30))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo").withParticipants(30))
                .build();

        assertSingle(design, "arms", "the arms have more participants than the actual enrollment");
    }

    @Test
    void armSizeIsNotNegative() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .intervention(ACTIVE)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic").withParticipants(-3))
                .build();

        assertSingle(design, "arms[0].participants", "must be greater than or equal to 0");
    }

    @Test
    void phaseNotApplicableStandsAlone() {
        assertSingle(randomizedParallel().phases(Phase.NA, Phase.PHASE2).build(), "phases",
                "phase NA cannot be combined with another phase");
        assertSingle(randomizedParallel().phases(Phase.PHASE2, Phase.PHASE2).build(), "phases",
                "a phase is listed twice");
    }

    @Test
    void activeArmsGiveAnIntervention() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .intervention(PLACEBO)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo"))
                .build();

        assertSingle(design, "arms[0].interventionNames", "an arm of this type must give at least one intervention");
    }

    @Test
    void noInterventionArmGivesNothing() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .intervention(ACTIVE)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic"))
                .arm(Arm.of("control", ArmType.NO_INTERVENTION, "probiotic"))
                .build();

        assertSingle(design, "arms[1].interventionNames", "a no-intervention arm must not give an intervention");
        assertValid(TrialDesign.builder(StudyType.INTERVENTIONAL)
                .intervention(ACTIVE)
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic"))
                .arm(Arm.of("control", ArmType.NO_INTERVENTION))
                .build());
    }

    @Test
    void populationBoundsAreCheckedThroughTheDesign() {
        TrialDesign design = randomizedParallel()
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS)).withEdss(Edss.of(5), Edss.of(2)))
                .build();

        assertSingle(design, "population.maximumEdss", "maximum EDSS must not be below minimum EDSS");
    }

    @Test
    void constructorRejectsWhatIsNeverValid() {
        assertThatThrownBy(() -> randomizedParallel().periods(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crossover periods '1' is less than 2; expected the number of treatment periods, like 2");
        assertThatThrownBy(() -> randomizedParallel().washout(Period.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("washout 'P0D' must be longer than zero and have no negative part; expected like 'P12W' or 'P4M'");
        assertThatThrownBy(() -> Arm.of(" ", ArmType.OTHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label must not be blank");
    }
}
