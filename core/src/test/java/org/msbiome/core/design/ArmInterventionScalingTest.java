package org.msbiome.core.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.fixtures.GrowthRatio;

/**
 * The arm rules of {@code @ConsistentTrialDesign} are linear in the names the arms give (issue #18, the class of
 * D04/D05): each name was once looked up by scanning every intervention, so that 500 arms each giving 500
 * interventions cost 125 million comparisons, and a ClinicalTrials.gov record of that shape took 1.4 s to import.
 * No absolute time is asserted: with the arms fixed, four times as many interventions (each given by every arm, so
 * four times the input) must cost far less than the sixteen times a scan per name takes.
 */
class ArmInterventionScalingTest {
    @Test
    void fourTimesTheInterventionsGivenByEveryArmCostsFarLessThanSixteenTimesTheTime() {
        TrialDesign small = design(10, 1_000);
        TrialDesign large = design(10, 4_000);

        double ratio = GrowthRatio.of(() -> assertValid(small), () -> assertValid(large));

        assertThat(ratio).as("time ratio for 4× the interventions").isLessThan(10);
        assertThat(large.interventionsOf(large.arms().get(9))).hasSize(4_000);
    }

    private static void assertValid(TrialDesign design) {
        assertThat(MsbiomeValidation.validator().validate(design)).isEmpty();
    }

    /** {@code arms} arms, each giving all {@code interventions} interventions. */
    private static TrialDesign design(int arms, int interventions) {
        String[] names = new String[interventions];
        TrialDesign.Builder builder = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .interventionModel(InterventionModel.PARALLEL);
        for (int i = 0; i < interventions; i++) {
            names[i] = "supplement " + i;
            builder.intervention(new OtherIntervention(names[i], Optional.empty(), Regimen.notReported()));
        }
        for (int a = 0; a < arms; a++) {
            builder.arm(Arm.of("arm " + a, ArmType.EXPERIMENTAL, names));
        }
        return builder.build();
    }
}
