package org.msbiome.benchmarks;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.Direction;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.PValue;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.immune.Biomarkers;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.immune.Markers;
import org.msbiome.core.immune.MeasurementContext;
import org.msbiome.core.measure.TimePoint;
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

    /**
     * Kouchaki E et al. 2017 (as above): the immune and metabolic effects vs placebo, with the units as
     * published (hs-CRP in μg/mL, NO and MDA in μmol/L, insulin in μIU/mL), as in core's
     * {@code ImmuneEffectTest.kouchaki2017()}.
     */
    static List<ImmuneEffect> kouchaki2017Effects() {
        return List.of(
                kouchaki("hs-CRP", "μg/mL", Direction.DECREASED, -1.3, 3.5, 0.4, 1.4, "P = 0.01"),
                kouchaki("NO", "μmol/L", Direction.INCREASED, 1.0, 7.9, -6.0, 8.3, "P = 0.002"),
                kouchaki("MDA", "μmol/L", Direction.DECREASED, 0.009, 0.4, 0.3, 0.5, "P = 0.04"),
                kouchaki("insulin", "μIU/mL", Direction.DECREASED, -2.9, 3.7, 1.1, 4.8, "P<0.001"));
    }

    private static ImmuneEffect kouchaki(
            String marker, String unit, Direction direction, double m1, double s1, double m2, double s2, String p) {
        return new ImmuneEffect(Markers.resolve(marker), ComparisonResult.ofGroups(Comparison.VS_PLACEBO, direction,
                MeanSummary.ofPlusMinus(30, m1, s1), MeanSummary.ofPlusMinus(30, m2, s2), PValue.parse(p)),
                MeasurementContext.unreported().withUnit(UcumUnit.parse(unit)));
    }

    /**
     * Record number {@code i} of the generated NDJSON stream: one of the Kouchaki 2017 effects with its group
     * means and spreads moved by a seeded random amount and a time point of 4 to 24 weeks. Synthetic
     * benchmark data (the same for the same {@code i} on every run), not published values.
     */
    static ImmuneEffect streamEffect(int i) {
        ImmuneEffect template = KOUCHAKI_EFFECTS.get(i % KOUCHAKI_EFFECTS.size());
        Random random = new Random(i);
        MeanSummary treatment = (MeanSummary) template.result().treatment().orElseThrow();
        MeanSummary comparator = (MeanSummary) template.result().comparator().orElseThrow();
        return new ImmuneEffect(template.marker(), ComparisonResult.ofGroups(Comparison.VS_PLACEBO,
                template.direction(), moved(treatment, random), moved(comparator, random),
                template.result().pValue().orElseThrow()),
                template.context().withTimePoint(TimePoint.sinceStart(4 + random.nextInt(21), UcumUnit.WEEK)));
    }

    private static final List<ImmuneEffect> KOUCHAKI_EFFECTS = kouchaki2017Effects();

    private static MeanSummary moved(MeanSummary summary, Random random) {
        double mean = Math.round((summary.mean() + random.nextGaussian() * 0.5) * 100) / 100.0;
        double spread = Math.round((((Spread.Unspecified) summary.spread()).value() * (0.5 + random.nextDouble())) * 100) / 100.0;
        return MeanSummary.ofPlusMinus(20 + random.nextInt(21), mean, Math.max(0.01, spread));
    }

    private static Outcome marker(org.msbiome.core.immune.Marker marker, UcumUnit unit) {
        return Outcome.of(new MarkerMeasure(marker, Optional.empty(), Optional.of(unit)));
    }
}
