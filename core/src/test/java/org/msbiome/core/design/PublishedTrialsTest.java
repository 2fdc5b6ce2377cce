package org.msbiome.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.immune.Biomarkers;
import org.msbiome.core.immune.CellPopulations;
import org.msbiome.core.immune.Cytokines;
import org.msbiome.core.immune.Marker;
import org.msbiome.core.immune.MarkerKind;
import org.msbiome.core.immune.UnlistedMarker;
import org.msbiome.core.measure.UcumUnit;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.outcome.OutcomeRole;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.population.BackgroundTherapy;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.MsPhenotype;
import org.msbiome.core.population.Population;
import org.msbiome.core.registry.Registry;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.TaxonName;
import org.msbiome.fixtures.PublishedStudies;

/**
 * Published probiotic trials in MS, built from what the team's biology sheet (§5.1) states about them;
 * everything it does not state stays empty.
 */
class PublishedTrialsTest {

    @Test
    void kouchaki2017IsAConsistentTwoArmPlaceboControlledTrial() {
        TrialDesign design = PublishedStudies.kouchaki2017Design();

        assertValid(design);
        assertThat(design.arms()).extracting(Arm::participants).containsExactly(Optional.of(30), Optional.of(30));
        assertThat(design.interventionsOf(design.arms().get(1)))
                .singleElement()
                .isInstanceOfSatisfying(Placebo.class, p -> assertThat(p.composition()).contains("starch"));
        assertThat(design.intervention("probiotic capsule").orElseThrow())
                .isInstanceOfSatisfying(ProbioticIntervention.class, p -> assertThat(p.givenStrains())
                        .extracting(strain -> strain.taxon().name().full())
                        .containsExactly("Lactobacillus acidophilus", "Lacticaseibacillus casei",
                                "Bifidobacterium bifidum", "Limosilactobacillus fermentum"));
        assertThat(design.population().orElseThrow().backgroundTherapies())
                .containsExactly(new BackgroundTherapy("interferon beta-1a"));
        // not stated in the reference: phase, intervention model, ratio, who was masked, registry id
        assertThat(design.phases()).isEmpty();
        assertThat(design.interventionModel()).isEmpty();
        assertThat(design.allocationRatio()).isEmpty();
        assertThat(design.masking().orElseThrow().whoMasked()).isEmpty();
        assertThat(design.registrations()).isEmpty();
        assertThat(design.outcomes()).allSatisfy(o -> assertThat(o.role()).isEmpty());
        assertThat(design.outcomes().get(4).measure())
                .isEqualTo(new MarkerMeasure(Biomarkers.HS_CRP, Optional.empty(), Optional.of(UcumUnit.MICROGRAM_PER_MILLILITRE)));
    }

    @Test
    void rahimlou2022GivesTwoCapsulesADayForTwelveWeeks() {
        TrialDesign design = PublishedStudies.rahimlou2022Design();

        assertValid(design);
        Regimen regimen = design.intervention("multi-strain probiotic").orElseThrow().regimen();
        assertThat(regimen.dose()).contains(new DoseRate(BigDecimal.valueOf(2), "capsule", Period.ofDays(1)));
        assertThat(regimen.duration()).contains(Period.ofDays(84));
        assertThat(regimen.frequency()).isEmpty();
        assertThat(regimen.route()).isEmpty();
        assertThat(design.intervention("multi-strain probiotic").orElseThrow())
                .isInstanceOfSatisfying(ProbioticIntervention.class, p -> assertThat(p.givenStrains()).isEmpty());
        assertThat(design.enrollment()).contains(Enrollment.actual(70));
        assertThat(design.outcomes()).extracting(o -> o.measure().title())
                .containsExactly("CRP", "TNF-α", "IFN-γ", "FOXP3", "TGF-β");
    }

    @Test
    void tankou2018PilotHasNoAllocationOrMaskingAndIncludesHealthyControls() {
        TrialDesign design = PublishedStudies.tankou2018Design();

        assertValid(design);
        assertThat(design.allocation()).isEmpty();
        assertThat(design.masking()).isEmpty();
        assertThat(design.arms().stream().mapToInt(a -> a.participants().orElseThrow()).sum())
                .isEqualTo(design.enrollment().orElseThrow().count());
        assertThat(design.population().orElseThrow().healthyVolunteers()).contains(true);
        // all 22 took VSL#3 (issue #17, quoting the abstract)
        assertThat(design.interventionsOf(design.arms().get(1))).extracting(Intervention::name)
                .containsExactly("Visbiome (VSL#3)");
    }

    @Test
    void theSBoulardiiProtocolIsRegisteredInIrctWithGhq28AsPrimaryOutcome() {
        TrialDesign protocol = PublishedStudies.aghamohammadi2019ProtocolDesign();

        assertValid(protocol);
        assertThat(protocol.registrations()).containsExactly(RegistryId.of(Registry.IRCT, "IRCT20161022030424N1"));
        assertThat(protocol.outcomes()).filteredOn(o -> o.role().isPresent())
                .singleElement()
                .satisfies(o -> assertThat(o.measure()).isEqualTo(StandardMeasure.GHQ_28));
    }

    @Test
    void motlaghAsghari2023IsNotTiedToTheProtocolsRegistration() {
        TrialDesign design = PublishedStudies.motlaghAsghari2023Design();

        assertValid(design);
        assertThat(design.registrations()).isEmpty();
        assertThat(design.masking()).isEmpty();
        assertThat(design.outcomes()).allSatisfy(o -> assertThat(o.role()).isEmpty());
        assertThat(design.population()).isEmpty();
        assertThat(design.intervention("Saccharomyces boulardii").orElseThrow())
                .isInstanceOfSatisfying(ProbioticIntervention.class, p -> {
                    assertThat(p.formulation()).isEmpty();
                    assertThat(p.givenStrains()).singleElement()
                            .satisfies(strain -> assertThat(strain.deposits()).isEmpty());
                });
    }
}
