package org.msbiome.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.validation.ConstraintAssertions;

class ProbioticInterventionTest {

    @Test
    void strainsComeFromTheFormulationWhenThereIsOne() {
        Formulation lgg = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, Strength.parse("10^9 CFU/capsule"))
                .build();

        assertThat(ProbioticIntervention.of("LGG", lgg, Regimen.notReported()).givenStrains())
                .containsExactly(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG);
        assertThat(ProbioticIntervention.ofStrains("S. boulardii", Regimen.notReported(),
                        Strains.SACCHAROMYCES_BOULARDII_CNCM_I_745).givenStrains())
                .containsExactly(Strains.SACCHAROMYCES_BOULARDII_CNCM_I_745);
    }

    @Test
    void rejectsAFormulationAndSeparateStrainsTogether() {
        Formulation lgg = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, Strength.parse("10^9 CFU/capsule"))
                .build();

        assertThatThrownBy(() -> new ProbioticIntervention("LGG", Optional.of(lgg),
                        List.of(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG), Regimen.notReported()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probiotic intervention 'LGG' has both a formulation and separate strains;"
                        + " expected the strains in the formulation only");
    }

    @Test
    void theFormulationIsValidatedThroughTheTrialDesign() {
        Formulation empty = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE).build();
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .intervention(ProbioticIntervention.of("empty capsule", empty, Regimen.notReported()))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "empty capsule"))
                .build();

        assertThat(ConstraintAssertions.of(design))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).startsWith("interventions[0].formulation"));
    }
}
