package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.fixtures.PublishedStudies;

/** {@link OcebmLevel#forTreatmentBenefit(Study)}: the level follows from the design only where the 2011 table says so. */
class OcebmLevelForDesignTest {

    static Stream<Arguments> studies() {
        return Stream.of(
                Arguments.argumentSet("randomized trial (Kouchaki 2017) is level 2",
                        PublishedStudies.kouchaki2017(), Optional.of(OcebmLevel.LEVEL_2)),
                Arguments.argumentSet("randomized trial, retracted (Tamtaji 2017), is still level 2 by design",
                        PublishedStudies.tamtaji2017(), Optional.of(OcebmLevel.LEVEL_2)),
                Arguments.argumentSet("allocation not stated (Salami 2019): no level",
                        PublishedStudies.salami2019(), Optional.empty()),
                Arguments.argumentSet("pilot without allocation, with healthy controls (Tankou 2018): no level",
                        PublishedStudies.tankou2018(), Optional.empty()),
                Arguments.argumentSet("animal study (Lavasani 2010): no level",
                        PublishedStudies.lavasani2010(), Optional.empty()),
                Arguments.argumentSet("non-randomized with a placebo arm is level 3",
                        synthetic(Allocation.NON_RANDOMIZED, true), Optional.of(OcebmLevel.LEVEL_3)),
                Arguments.argumentSet("non-randomized without a control arm: no level",
                        synthetic(Allocation.NON_RANDOMIZED, false), Optional.empty()),
                Arguments.argumentSet("single group (allocation NA): no level",
                        synthetic(Allocation.NA, false), Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("studies")
    void derivesTheLevelFromTheDesign(Study study, Optional<OcebmLevel> expected) {
        assertThat(OcebmLevel.forTreatmentBenefit(study)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("studies")
    void anObservationalDesignHasNoLevel(Study study, Optional<OcebmLevel> ignored) {
        if (study.design() instanceof StudyDesign.Clinical clinical) {
            TrialDesign trial = clinical.trial();
            TrialDesign observational = new TrialDesign(StudyType.OBSERVATIONAL, trial.phases(), trial.allocation(),
                    trial.interventionModel(), trial.primaryPurpose(), trial.masking(), trial.enrollment(),
                    trial.overallStatus(), trial.allocationRatio(), trial.framework(), trial.washout(), trial.periods(),
                    trial.population(), trial.arms(), trial.interventions(), trial.outcomes(), trial.registrations());
            assertThat(OcebmLevel.forTreatmentBenefit(observational)).isEmpty();
        }
    }

    /** A synthetic two- or one-arm design, not a published trial. */
    private static Study synthetic(Allocation allocation, boolean placeboArm) {
        TrialDesign.Builder builder = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(allocation)
                .intervention(ProbioticIntervention.undescribed("probiotic", Regimen.notReported()))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic"));
        if (placeboArm) {
            builder.intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported()))
                    .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo"));
        }
        return Study.of("synthetic", Citation.ofAuthors(List.of(Author.of("Synthetic A")), Year.of(2000)), builder.build());
    }
}
