package org.msbiome.io;

import java.math.BigDecimal;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.DoseRate;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.MaskingInfo;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.Direction;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.PValue;
import org.msbiome.core.evidence.Author;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Doi;
import org.msbiome.core.evidence.EvidenceSubjects;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.GradeAssessment;
import org.msbiome.core.evidence.GradeDowngrade;
import org.msbiome.core.evidence.GradeDowngradeDomain;
import org.msbiome.core.evidence.GradeStartingDesign;
import org.msbiome.core.evidence.IntegrityNotice;
import org.msbiome.core.evidence.IntegrityNoticeType;
import org.msbiome.core.evidence.PartialDate;
import org.msbiome.core.evidence.Pmid;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.immune.Biomarkers;
import org.msbiome.core.immune.CellPopulations;
import org.msbiome.core.immune.Cytokines;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.immune.Marker;
import org.msbiome.core.immune.MarkerKind;
import org.msbiome.core.immune.MeasurementContext;
import org.msbiome.core.immune.Specimen;
import org.msbiome.core.immune.UnlistedMarker;
import org.msbiome.core.measure.TimePoint;
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
import org.msbiome.core.preclinical.Animals;
import org.msbiome.core.preclinical.Eae;
import org.msbiome.core.preclinical.PreclinicalStudy;
import org.msbiome.core.preclinical.Species;
import org.msbiome.core.preclinical.StudyGroup;
import org.msbiome.core.preclinical.TreatmentTiming;
import org.msbiome.core.immune.Markers;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.safety.AdverseEvent;
import org.msbiome.core.safety.Assessment;
import org.msbiome.core.safety.EventGroup;
import org.msbiome.core.safety.EventTable;
import org.msbiome.core.safety.FrequencyThreshold;
import org.msbiome.core.safety.GroupCounts;
import org.msbiome.core.safety.GroupTotals;
import org.msbiome.core.safety.HarmsReporting;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.core.safety.Seriousness;
import org.msbiome.core.safety.Vocabulary;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.TaxonName;


/**
 * Published probiotic studies in MS as JSON test fixtures: the constructions of core's test fixtures
 * ({@code org.msbiome.core.PublishedStudies}, {@code Lavasani2010Test}, {@code ImmuneEffectTest} and
 * {@code GradeAssessmentTest}), copied, since test classes are not shared between modules: citations, designs, studies and findings, built only from what the
 * team's biology sheet (§5.1) states about them; everything it does not state stays empty.
 *
 * <p>Whether the "±" values of these papers are SDs or SEs is not stated in our sources, so group
 * summaries keep them as {@link org.msbiome.core.effect.Spread.Unspecified}.
 */
final class PublishedStudies {
    private PublishedStudies() {}

    /** Kouchaki E et al. 2017, Clin Nutr 36(5):1245–1249, DOI 10.1016/j.clnu.2016.08.015, PMID 27669638. */
    static final Citation KOUCHAKI_2017_CITATION = Citation.ofAuthors(List.of(Author.of("Kouchaki E")), Year.of(2017))
            .withJournal("Clin Nutr")
            .withDoi(Doi.parse("10.1016/j.clnu.2016.08.015"))
            .withPmid(Pmid.of(27669638));

    /**
     * Tamtaji OR et al. 2017, J Am Coll Nutr 36(8):660–665, DOI 10.1080/07315724.2017.1347074, PMID 28922099:
     * expression of concern 2022 (PMID 33155885), retracted 2024 (PMID 38980210).
     */
    static final Citation TAMTAJI_2017_CITATION = Citation.ofAuthors(List.of(Author.of("Tamtaji OR")), Year.of(2017))
            .withJournal("J Am Coll Nutr")
            .withDoi(Doi.parse("10.1080/07315724.2017.1347074"))
            .withPmid(Pmid.of(28922099))
            .withNotice(IntegrityNotice.of(IntegrityNoticeType.EXPRESSION_OF_CONCERN, PartialDate.ofYear(2022), Pmid.of(33155885)))
            .withNotice(IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024), Pmid.of(38980210)));

    /** Salami 2019, J Funct Foods 52:8–13, DOI 10.1016/j.jff.2018.10.023; first author unverified, so no author. */
    static final Citation SALAMI_2019_CITATION = Citation.of(Doi.parse("10.1016/j.jff.2018.10.023"))
            .withYear(Year.of(2019))
            .withJournal("J Funct Foods");

    /** Tankou SK et al. 2018 pilot, PMID 29307299 (journal unverified, so none). */
    static final Citation TANKOU_2018_CITATION =
            Citation.ofAuthors(List.of(Author.of("Tankou SK")), Year.of(2018)).withPmid(Pmid.of(29307299));

    /** Lavasani S et al. 2010, PLoS ONE 5(2):e9009, DOI 10.1371/journal.pone.0009009, PMID 20126401. */
    static final Citation LAVASANI_2010_CITATION = Citation.ofAuthors(List.of(Author.of("Lavasani S")), Year.of(2010))
            .withJournal("PLoS ONE")
            .withDoi(Doi.parse("10.1371/journal.pone.0009009"))
            .withPmid(Pmid.of(20126401));

    static Outcome marker(Marker marker, UcumUnit unit) {
        return Outcome.of(new MarkerMeasure(marker, Optional.empty(), Optional.of(unit)));
    }

    static Outcome marker(Marker marker) {
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
    static TrialDesign kouchaki2017Design() {
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
    static TrialDesign rahimlou2022Design() {
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
    static TrialDesign tankou2018Design() {
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
    static TrialDesign motlaghAsghari2023Design() {
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


    /**
     * Tamtaji OR et al. 2017 (retracted 2024): randomized, double-blind, placebo; 40 MS (20/20); 12 weeks;
     * L. acidophilus, L. casei, B. bifidum, L. fermentum (2 × 10^9 CFU/g each; delivery form not stated, so
     * no formulation); outcomes read: IL-8 and TNF-α mRNA in PBMC.
     */
    static TrialDesign tamtaji2017Design() {
        Period twelveWeeks = Period.ofWeeks(12);
        return TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(40))
                .intervention(ProbioticIntervention.ofStrains("probiotic", Regimen.notReported().withDuration(twelveWeeks),
                        Strain.of(Taxon.parse("Lactobacillus acidophilus")),
                        Strain.of(Taxon.parse("Lactobacillus casei")),
                        Strain.of(Taxon.parse("Bifidobacterium bifidum")),
                        Strain.of(Taxon.parse("Lactobacillus fermentum"))))
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported().withDuration(twelveWeeks)))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic").withParticipants(20))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo").withParticipants(20))
                .outcome(Outcome.of(new MarkerMeasure(Cytokines.IL_8, Optional.of(Specimen.PBMC_MRNA), Optional.empty())))
                .outcome(Outcome.of(new MarkerMeasure(Cytokines.TNF_ALPHA, Optional.of(Specimen.PBMC_MRNA), Optional.empty())))
                .build();
    }

    /**
     * Salami 2019: double-blind (randomization not stated in our sources, so no allocation); 48 MS, 24/24 and
     * RRMS on IFN-β1a per the review table (PMC11665440); 4 months; a multi-strain probiotic (strains per the
     * review table not encoded here) against placebo.
     */
    static TrialDesign salami2019Design() {
        Period fourMonths = Period.ofMonths(4);
        return TrialDesign.builder(StudyType.INTERVENTIONAL)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(48))
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS))
                        .withBackgroundTherapies(new BackgroundTherapy("interferon beta-1a")))
                .intervention(ProbioticIntervention.undescribed("probiotic", Regimen.notReported().withDuration(fourMonths)))
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported().withDuration(fourMonths)))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic").withParticipants(24))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo").withParticipants(24))
                .outcome(Outcome.of(StandardMeasure.EDSS))
                .outcome(Outcome.of(StandardMeasure.GHQ_28))
                .outcome(Outcome.of(StandardMeasure.DASS))
                .outcome(marker(Cytokines.IL_6))
                .outcome(marker(Biomarkers.HS_CRP))
                .outcome(marker(Cytokines.IL_10))
                .outcome(marker(Biomarkers.NITRIC_OXIDE))
                .build();
    }

    /** Kouchaki 2017 as a study. */
    static Study kouchaki2017() {
        return Study.of("Kouchaki 2017", KOUCHAKI_2017_CITATION, kouchaki2017Design());
    }

    /** Tamtaji 2017 as a study: retracted. */
    static Study tamtaji2017() {
        return Study.of("Tamtaji 2017", TAMTAJI_2017_CITATION, tamtaji2017Design());
    }

    /** Salami 2019 as a study. */
    static Study salami2019() {
        return Study.of("Salami 2019", SALAMI_2019_CITATION, salami2019Design());
    }

    /** Lavasani 2010 (mouse EAE) as a preclinical study. */
    static Study lavasani2010() {
        return Study.of("Lavasani 2010", LAVASANI_2010_CITATION, lavasani2010Design());
    }

    /** Tankou 2018 pilot as a study. */
    static Study tankou2018() {
        return Study.of("Tankou 2018", TANKOU_2018_CITATION, tankou2018Design());
    }

    /**
     * Kouchaki 2017, EDSS change vs placebo: −0.3 ± 0.6 vs +0.1 ± 0.3, n = 30/30, P = 0.001 (biology.md §5.1);
     * the kind of "±" is not stated.
     */
    static Finding kouchaki2017Edss() {
        return Finding.of(kouchaki2017(), "probiotic capsule", Outcome.of(StandardMeasure.EDSS),
                ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
                        MeanSummary.ofPlusMinus(30, -0.3, 0.6), MeanSummary.ofPlusMinus(30, 0.1, 0.3),
                        PValue.parse("P = 0.001")));
    }

    /**
     * Salami 2019, EDSS change vs placebo: −0.52 ± 0.04 vs +0.16 ± 0.07, n = 24/24 per the review table,
     * P &lt; 0.001 (biology.md §5.1); the kind of "±" is not stated.
     */
    static Finding salami2019Edss() {
        return Finding.of(salami2019(), "probiotic", Outcome.of(StandardMeasure.EDSS),
                ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
                        MeanSummary.ofPlusMinus(24, -0.52, 0.04), MeanSummary.ofPlusMinus(24, 0.16, 0.07),
                        PValue.parse("P<0.001")));
    }

    /** Tamtaji 2017, PBMC mRNA vs placebo: IL-8 down (P &lt; 0.001), TNF-α down (P &lt; .001). */
    static List<Finding> tamtaji2017Immune() {
        MeasurementContext pbmcMrna = MeasurementContext.unreported().withSpecimen(Specimen.PBMC_MRNA);
        return List.of(
                Finding.ofImmuneEffect(tamtaji2017(), "probiotic", new ImmuneEffect(Cytokines.IL_8,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P<0.001")),
                        pbmcMrna)),
                Finding.ofImmuneEffect(tamtaji2017(), "probiotic", new ImmuneEffect(Cytokines.TNF_ALPHA,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P<.001")),
                        pbmcMrna)));
    }

    /**
     * Lavasani S et al. 2010, PLoS ONE 5(2):e9009, DOI 10.1371/journal.pone.0009009, PMID 20126401: mouse EAE
     * (strain not verified); single strains L. paracasei DSM 13434, L. plantarum DSM 15312 and DSM 15313 and
     * their mixture; single strains were not therapeutic, the three-strain mixture suppressed progression.
     * The groups of the preventive screen are not detailed in the reference, so only the therapeutic groups are
     * built; induction details, group sizes, days and route are not stated and stay empty.
     */
    static PreclinicalStudy lavasani2010Design() {
        Regimen notReported = Regimen.notReported();
        ProbioticIntervention paracasei = ProbioticIntervention.ofStrains(
                "L. paracasei DSM 13434", notReported, Strains.LACTICASEIBACILLUS_PARACASEI_DSM_13434);
        ProbioticIntervention plantarum15312 = ProbioticIntervention.ofStrains(
                "L. plantarum DSM 15312", notReported, Strains.LACTIPLANTIBACILLUS_PLANTARUM_DSM_15312);
        ProbioticIntervention plantarum15313 = ProbioticIntervention.ofStrains(
                "L. plantarum DSM 15313", notReported, Strains.LACTIPLANTIBACILLUS_PLANTARUM_DSM_15313);
        ProbioticIntervention mixture = ProbioticIntervention.ofStrains("three-strain mixture", notReported,
                Strains.LACTICASEIBACILLUS_PARACASEI_DSM_13434, Strains.LACTIPLANTIBACILLUS_PLANTARUM_DSM_15312,
                Strains.LACTIPLANTIBACILLUS_PLANTARUM_DSM_15313);
        return PreclinicalStudy.builder(Animals.of(Species.MOUSE), Eae.notReported())
                .group(StudyGroup.of("L. paracasei DSM 13434", paracasei).withTiming(TreatmentTiming.therapeutic()))
                .group(StudyGroup.of("L. plantarum DSM 15312", plantarum15312).withTiming(TreatmentTiming.therapeutic()))
                .group(StudyGroup.of("L. plantarum DSM 15313", plantarum15313).withTiming(TreatmentTiming.therapeutic()))
                .group(StudyGroup.of("three-strain mixture", mixture).withTiming(TreatmentTiming.therapeutic()))
                .build();
    }

    /** Rahimlou M et al. 2022, Front Neurosci 16:901846, DOI 10.3389/fnins.2022.901846; 12 weeks, vs placebo. */
    static List<ImmuneEffect> rahimlou2022() {
        MeasurementContext week12 = MeasurementContext.unreported().withTimePoint(TimePoint.sinceStart(12, UcumUnit.WEEK));
        return List.of(
                new ImmuneEffect(Markers.resolve("CRP"), ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
                        MeanSummary.ofPlusMinus(-0.93, 1.62), MeanSummary.ofPlusMinus(0.05, 1.74),
                        PValue.parse("P = 0.03")), week12),
                new ImmuneEffect(Markers.resolve("TNF-α"), ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
                        MeanSummary.ofPlusMinus(-2.09, 1.88), MeanSummary.ofPlusMinus(0.48, 2.53),
                        PValue.parse("P = 0.015")), week12),
                new ImmuneEffect(Markers.resolve("IFN-γ"), ComparisonResult.ofGroups(Comparison.VS_PLACEBO, Direction.DECREASED,
                        MeanSummary.ofPlusMinus(-13.18, 7.33), MeanSummary.ofPlusMinus(-1.93, 5.99),
                        PValue.parse("P<0.001")), week12),
                new ImmuneEffect(Markers.resolve("FOXP3"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P<0.05")), week12),
                new ImmuneEffect(new UnlistedMarker("TGF-β", MarkerKind.CYTOKINE),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P<0.05")), week12));
    }

    /** Salami 2019, J Funct Foods 52:8–13, DOI 10.1016/j.jff.2018.10.023; 4 months, vs placebo. */
    static List<ImmuneEffect> salami2019Effects() {
        MeasurementContext month4 = MeasurementContext.unreported().withTimePoint(TimePoint.sinceStart(4, UcumUnit.MONTH));
        return List.of(
                new ImmuneEffect(Markers.resolve("IL-6"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P = 0.01")), month4),
                new ImmuneEffect(Markers.resolve("hs-CRP"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P = 0.03")), month4),
                new ImmuneEffect(Markers.resolve("IL-10"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P<0.001")), month4),
                new ImmuneEffect(Markers.resolve("NO"),
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P = 0.012")), month4));
    }

    /**
     * Kouchaki E et al. 2017, Clin Nutr 36(5):1245–1249, DOI 10.1016/j.clnu.2016.08.015, vs placebo, with
     * the units as published (hs-CRP in μg/mL, NO and MDA in μmol/L, insulin in μIU/mL). Our sources do not
     * say whether "±" is an SD or an SE, so it is kept as an unstated "±".
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
     * The EDSS evidence of the reference trials as core's GradeAssessmentTest rates it (biology.md §5): Kouchaki
     * 2017 (PMID 27669638) and Salami 2019 (DOI 10.1016/j.jff.2018.10.023) are randomized/double-blind
     * placebo-controlled trials; the meta-analysis Jiang 2021 (PMID 33629669) pooled EDSS from 3 RCTs
     * (173 patients) as SMD −1.22 (95% CI −2.40 to −0.03; I² 92%) and judged the evidence "very low certainty".
     */
    static GradeAssessment edssGrade() {
        return new GradeAssessment("EDSS", GradeStartingDesign.RANDOMIZED_TRIALS, EvidenceSubjects.HUMANS,
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
    }

    /** An animal-evidence assessment as in core's GradeAssessmentTest (with the reviewers' stated reason). */
    static GradeAssessment eaeGrade() {
        return GradeAssessment.of("EAE clinical score", GradeStartingDesign.RANDOMIZED_TRIALS, EvidenceSubjects.ANIMALS)
                .withDowngrade(GradeDowngrade.serious(GradeDowngradeDomain.INDIRECTNESS, "mouse EAE for a question about people"))
                .withAnimalEvidenceRationale("the reviewers' stated reason");
    }


    /** Harms of NCT02210780 as its ClinicalTrials.gov results record gives them ({@code /work/shared/reference/ctgov/NCT02210780.json}). */
    static SafetyReport nct02210780Safety() {
        return new SafetyReport(Optional.of(RegistryId.parse("NCT02210780")),
                new HarmsReporting(Optional.of("Reported AEs are treatment-emergent adverse events which are AEs that developed/worsened during the 'on treatment period' (from the administration of first dose of study drug up to the final visit \\[Week 32\\])."),
                        Optional.of("Adverse Events (AE) were collected from signature of the informed consent form up to the final visit (Week 32) regardless of seriousness or relationship to investigational product"),
                        Optional.of(FrequencyThreshold.parse("5")), Optional.empty()),
                List.of(new EventGroup("EG000", "Placebo qw",
                        Optional.of("Two subcutaneous injections of Placebo (for Dupilumab) as a loading dose on Day 1 followed by a single injection qw from Week 1 to Week 15."), Optional.empty()),
                        new EventGroup("EG001", "Dupilumab 300 mg qw",
                        Optional.of("Two subcutaneous injections of Dupilumab 300 mg (for a total of 600 mg) as a loading dose on Day 1, followed by a single 300 mg injection qw from Week 1 to Week 15."), Optional.empty())),
                List.of(new GroupTotals("EG000", Optional.of(0), Optional.of(97), Optional.of(0), Optional.of(97), Optional.of(29), Optional.of(97)),
                        new GroupTotals("EG001", Optional.of(0), Optional.of(97), Optional.of(3), Optional.of(97), Optional.of(30), Optional.of(97))),
                Optional.of(new EventTable(Seriousness.SERIOUS, List.of(
                        AdverseEvent.of("Serum sickness-like reaction", "Immune system disorders",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 0, 97), GroupCounts.of("EG001", 1, 97))),
                        AdverseEvent.of("Mycosis fungoides stage iv", "Neoplasms benign, malignant and unspecified (incl cysts and polyps)",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 0, 97), GroupCounts.of("EG001", 1, 97))),
                        AdverseEvent.of("Squamous cell carcinoma", "Neoplasms benign, malignant and unspecified (incl cysts and polyps)",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 0, 97), GroupCounts.of("EG001", 1, 97)))))),
                Optional.of(new EventTable(Seriousness.NON_SERIOUS, List.of(
                        AdverseEvent.of("Injection site reaction", "General disorders",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.NON_SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 0, 97), GroupCounts.of("EG001", 5, 97))),
                        AdverseEvent.of("Conjunctivitis", "Infections and infestations",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.NON_SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 0, 97), GroupCounts.of("EG001", 8, 97))),
                        AdverseEvent.of("Nasopharyngitis", "Infections and infestations",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.NON_SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 5, 97), GroupCounts.of("EG001", 4, 97))),
                        AdverseEvent.of("Upper respiratory tract infection", "Infections and infestations",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.NON_SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 14, 97), GroupCounts.of("EG001", 11, 97))),
                        AdverseEvent.of("Headache", "Nervous system disorders",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.NON_SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 3, 97), GroupCounts.of("EG001", 5, 97))),
                        AdverseEvent.of("Dermatitis atopic", "Skin and subcutaneous tissue disorders",
                                Vocabulary.parse("MedDRA (18.0)"), Seriousness.NON_SERIOUS, Assessment.SYSTEMATIC_ASSESSMENT,
                                List.of(GroupCounts.of("EG000", 11, 97), GroupCounts.of("EG001", 1, 97)))))),
                List.of());
    }

    /** Harms of NCT00763412 as its ClinicalTrials.gov results record gives them ({@code /work/shared/reference/ctgov/NCT00763412.json}). */
    static SafetyReport nct00763412Safety() {
        return new SafetyReport(Optional.of(RegistryId.parse("NCT00763412")),
                new HarmsReporting(Optional.of("Glucose diaries, and food diaries were reviewed, and safety labs were collected at each visit. Physical assessments by the PI were completed as well."),
                        Optional.of("This pilot study was designed to collect data over a 2 year time period."),
                        Optional.of(FrequencyThreshold.parse("0")), Optional.empty()),
                List.of(new EventGroup("EG000", "Placebo",
                        Optional.of("Placebo group of CF pancreatic insufficient patients ages 12-24 years old with impaired glucose tolerance test (IGT) or CFRD without fasting hyperglycemia (CFRD-No FH)."), Optional.empty()),
                        new EventGroup("EG001", "Repaglinide",
                        Optional.of("Repaglinide intervention group of CF pancreatic insufficient patients ages 12-24 years old with impaired glucose tolerance test (IGT) or CFRD without fasting hyperglycemia (CFRD-No FH)."), Optional.empty())),
                List.of(new GroupTotals("EG000", Optional.of(0), Optional.of(8), Optional.of(0), Optional.of(8), Optional.of(0), Optional.of(8)),
                        new GroupTotals("EG001", Optional.of(0), Optional.of(8), Optional.of(0), Optional.of(8), Optional.of(0), Optional.of(8))),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }
}
