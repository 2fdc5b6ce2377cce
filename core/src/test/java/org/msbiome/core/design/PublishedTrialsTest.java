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

/**
 * Published probiotic trials in MS, built from what the team's biology sheet (§5.1) states about them;
 * everything it does not state stays empty.
 */
class PublishedTrialsTest {

    private static Outcome marker(Marker marker, UcumUnit unit) {
        return Outcome.of(new MarkerMeasure(marker, Optional.empty(), Optional.of(unit)));
    }

    private static Outcome marker(Marker marker) {
        return Outcome.of(MarkerMeasure.of(marker));
    }

    /** The Kouchaki 2017 capsule: four strains named by species, 2 × 10^9 CFU/g each (review table PMC11665440). */
    static Formulation kouchakiCapsule() {
        Strength each = Strength.parse("2 × 10^9 CFU/g");
        return Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strain.of(Taxon.parse("Lactobacillus acidophilus")), each)
                .component(Strain.of(Taxon.parse("Lactobacillus casei")), each)
                .component(Strain.of(Taxon.parse("Bifidobacterium bifidum")), each)
                .component(Strain.of(Taxon.parse("Lactobacillus fermentum")), each)
                .build();
    }

    /**
     * Kouchaki E et al. 2017, Clin Nutr 36(5):1245–1249, DOI 10.1016/j.clnu.2016.08.015, PMID 27669638:
     * randomized, double-blind, placebo-controlled; 60 MS (30/30); 12 weeks; RRMS on IFN-β1a (review table
     * PMC11665440); capsule of L. acidophilus, L. casei, B. bifidum, L. fermentum; starch placebo.
     */
    static TrialDesign kouchaki2017() {
        Period twelveWeeks = Period.ofWeeks(12);
        return TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(60))
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS))
                        .withBackgroundTherapies(new BackgroundTherapy("interferon beta-1a")))
                .intervention(ProbioticIntervention.of("probiotic capsule", kouchakiCapsule(),
                        Regimen.notReported().withDuration(twelveWeeks)))
                .intervention(new Placebo("starch placebo", Optional.of("starch"),
                        Regimen.notReported().withDuration(twelveWeeks)))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic capsule").withParticipants(30))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "starch placebo").withParticipants(30))
                .outcome(Outcome.of(StandardMeasure.EDSS))
                .outcome(Outcome.of(CustomMeasure.of("Beck Depression Inventory (BDI)")))
                .outcome(Outcome.of(CustomMeasure.of("General Health Questionnaire (GHQ)")))
                .outcome(Outcome.of(StandardMeasure.DASS))
                .outcome(marker(Biomarkers.HS_CRP, UcumUnit.MICROGRAM_PER_MILLILITRE))
                .outcome(marker(Biomarkers.NITRIC_OXIDE, UcumUnit.MICROMOLE_PER_LITRE))
                .outcome(marker(Biomarkers.MALONDIALDEHYDE, UcumUnit.MICROMOLE_PER_LITRE))
                .outcome(marker(Biomarkers.INSULIN, UcumUnit.MICRO_INTERNATIONAL_UNIT_PER_MILLILITRE))
                .build();
    }

    /**
     * Rahimlou M et al. 2022, Front Neurosci 16:901846, DOI 10.3389/fnins.2022.901846: randomized,
     * double-blind, placebo; 70 RRMS randomized (65 analysed); 12 weeks; 2 capsules a day of a multi-strain
     * probiotic (strains and CFU not verified).
     */
    static TrialDesign rahimlou2022() {
        Period twelveWeeks = Period.ofWeeks(12);
        return TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(70))
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS)))
                .intervention(ProbioticIntervention.undescribed("multi-strain probiotic",
                        Regimen.notReported()
                                .withDose(DoseRate.perDay(BigDecimal.valueOf(2), "capsule"))
                                .withDuration(twelveWeeks)))
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported().withDuration(twelveWeeks)))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "multi-strain probiotic"))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo"))
                .outcome(marker(Biomarkers.CRP))
                .outcome(marker(Cytokines.TNF_ALPHA))
                .outcome(marker(Cytokines.IFN_GAMMA))
                .outcome(marker(Biomarkers.FOXP3))
                // the source says "TGF-β" without naming the isoform, so it is not Cytokines.TGF_BETA_1
                .outcome(marker(new UnlistedMarker("TGF-β", MarkerKind.CYTOKINE)))
                .build();
    }

    /**
     * Tankou SK et al. 2018 pilot, "Investigation of probiotics in multiple sclerosis", PMID 29307299:
     * pre/post with healthy controls, randomization and blinding not described; 9 RRMS and 13 healthy
     * controls; VSL#3/Visbiome for 2 months (dose not verified), re-tested 3 months after stopping;
     * microbiome composition changed (more Lactobacillus, Streptococcus, Bifidobacterium).
     */
    static TrialDesign tankou2018() {
        return TrialDesign.builder(StudyType.INTERVENTIONAL)
                .enrollment(Enrollment.actual(22))
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS)).withHealthyVolunteers(true))
                .intervention(ProbioticIntervention.undescribed("Visbiome (VSL#3)",
                        Regimen.notReported().withDuration(Period.ofMonths(2))))
                .arm(Arm.of("relapsing-remitting MS", ArmType.EXPERIMENTAL, "Visbiome (VSL#3)").withParticipants(9))
                .arm(Arm.of("healthy controls", ArmType.OTHER).withParticipants(13)
                        .withDescription("healthy controls; what they were given is not stated in the source read"))
                .outcome(Outcome.of(StandardMeasure.MICROBIOME_COMPOSITION)
                        .withTimeFrame("after 2 months of treatment and 3 months after stopping"))
                .outcome(marker(CellPopulations.INTERMEDIATE_MONOCYTES))
                .outcome(Outcome.of(CustomMeasure.of("CD80 MFI on classical monocytes")))
                .outcome(Outcome.of(CustomMeasure.of("HLA-DR MFI on dendritic cells")))
                .build();
    }

    /**
     * Motlagh Asghari K et al. 2023, Sci Rep 13:18577, DOI 10.1038/s41598-023-46047-6, PMID 37903945:
     * randomized; 40 MS; 4 months; Saccharomyces boulardii (dose not verified) against placebo. Protocol:
     * Aghamohammadi D et al. 2019, Trials, DOI 10.1186/s13063-019-3454-9, PMID 31234904: double-blind,
     * primary outcome GHQ-28, registered as IRCT20161022030424N1.
     */
    static TrialDesign motlaghAsghari2023() {
        Period fourMonths = Period.ofMonths(4);
        return TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(40))
                .registration(RegistryId.parse("IRCT20161022030424N1"))
                .intervention(ProbioticIntervention.ofStrains("Saccharomyces boulardii",
                        Regimen.notReported().withDuration(fourMonths),
                        Strain.of(Taxon.of(TaxonName.of("Saccharomyces", "boulardii")))))
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported().withDuration(fourMonths)))
                .arm(Arm.of("S. boulardii", ArmType.EXPERIMENTAL, "Saccharomyces boulardii"))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo"))
                .outcome(new Outcome(Optional.of(OutcomeRole.PRIMARY), StandardMeasure.GHQ_28, Optional.empty()))
                .outcome(marker(Biomarkers.HS_CRP))
                .outcome(marker(Biomarkers.TOTAL_ANTIOXIDANT_CAPACITY))
                .outcome(marker(Biomarkers.MALONDIALDEHYDE))
                .outcome(Outcome.of(CustomMeasure.of("pain visual analogue scale")))
                .outcome(Outcome.of(StandardMeasure.FSS))
                .build();
    }

    @Test
    void kouchaki2017IsAConsistentTwoArmPlaceboControlledTrial() {
        TrialDesign design = kouchaki2017();

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
        TrialDesign design = rahimlou2022();

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
        TrialDesign design = tankou2018();

        assertValid(design);
        assertThat(design.allocation()).isEmpty();
        assertThat(design.masking()).isEmpty();
        assertThat(design.arms().stream().mapToInt(a -> a.participants().orElseThrow()).sum())
                .isEqualTo(design.enrollment().orElseThrow().count());
        assertThat(design.population().orElseThrow().healthyVolunteers()).contains(true);
        assertThat(design.interventionsOf(design.arms().get(1))).isEmpty();
    }

    @Test
    void motlaghAsghari2023IsRegisteredInIrctWithGhq28AsPrimaryOutcome() {
        TrialDesign design = motlaghAsghari2023();

        assertValid(design);
        assertThat(design.registrations()).containsExactly(RegistryId.of(Registry.IRCT, "IRCT20161022030424N1"));
        assertThat(design.outcomes()).filteredOn(o -> o.role().isPresent())
                .singleElement()
                .satisfies(o -> assertThat(o.measure()).isEqualTo(StandardMeasure.GHQ_28));
        assertThat(design.population()).isEmpty();
        assertThat(design.intervention("Saccharomyces boulardii").orElseThrow())
                .isInstanceOfSatisfying(ProbioticIntervention.class, p -> {
                    assertThat(p.formulation()).isEmpty();
                    assertThat(p.givenStrains()).singleElement()
                            .satisfies(strain -> assertThat(strain.deposits()).isEmpty());
                });
    }
}
