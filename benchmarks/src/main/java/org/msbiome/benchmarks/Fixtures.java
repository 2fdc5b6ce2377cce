package org.msbiome.benchmarks;

import java.time.Period;
import java.util.Optional;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.MaskingInfo;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.immune.Biomarkers;
import org.msbiome.core.measure.UcumUnit;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.population.BackgroundTherapy;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.MsPhenotype;
import org.msbiome.core.population.Population;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.Taxon;

/**
 * The benchmark inputs, built like core's published-trial test fixtures ({@code PublishedTrialsTest}).
 */
final class Fixtures {
    private Fixtures() {}

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
     * randomized, double-blind, placebo-controlled; 60 MS (30/30); 12 weeks; RRMS on IFN-β1a; capsule of
     * L. acidophilus, L. casei, B. bifidum, L. fermentum; starch placebo; outcomes including immune and
     * oxidative-stress markers with their published units.
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

    private static Outcome marker(org.msbiome.core.immune.Marker marker, UcumUnit unit) {
        return Outcome.of(new MarkerMeasure(marker, Optional.empty(), Optional.of(unit)));
    }
}
