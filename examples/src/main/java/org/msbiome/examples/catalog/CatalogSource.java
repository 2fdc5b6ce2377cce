package org.msbiome.examples.catalog;

import java.math.BigDecimal;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.msbiome.core.effect.ConfidenceInterval;
import org.msbiome.core.effect.Direction;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.PValue;
import org.msbiome.core.evidence.Author;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Doi;
import org.msbiome.core.evidence.Finding;
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
import org.msbiome.core.immune.Markers;
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
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.TaxonName;

/**
 * The catalog's values, built from what the team's biology sheet (§5) states about each published study,
 * with the page it was read in named in each entry's sources; everything the sheet marks unverified, and
 * everything it does not state, stays out (an empty value, or no finding).
 *
 * <p>Whether the "±" values of these papers are SDs or SEs is not stated in the sources read, so group
 * summaries keep them as published ({@link MeanSummary#ofPlusMinus(int, double, double)}).
 */
final class CatalogSource {
    private CatalogSource() {}

    // Sources: the pages the reference sheet read each study in (biology.md §7).
    private static final String KOU = "https://eurekamag.com/research/057/419/057419367.php";
    private static final String REV24 = "https://pmc.ncbi.nlm.nih.gov/articles/PMC11665440/table/t0002";
    private static final String TAM = "https://informahealthcare.com/doi/full/10.1080/07315724.2017.1347074";
    private static final String TAM_NOTICES = "http://47.251.13.51:8081/28922099";
    private static final String SAL = "https://peeref.com/works/17586667";
    private static final String RAH22 = "https://www.frontiersin.org/articles/10.3389/fnins.2022.901846";
    private static final String RAH20 = "https://lausr.org/dashboard/?doi=10.1080%2F1028415x.2020.1758887";
    private static final String TK1 = "https://www.readbyqxmd.com/read/29307299/investigation-of-probiotics-in-multiple-sclerosis";
    private static final String ASG = "http://47.251.13.51:8081/37903945";
    private static final String PROT = "https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-019-3454-9";
    private static final String NAS = "https://ps.tbzmed.ac.ir/Article/ps-41013";
    private static final String LAV = "https://pubmed.ncbi.nlm.nih.gov/20126401/";
    private static final String JI = "https://suppr.wilddata.cn/browses/detail/pubmed/33629669";
    private static final String MIR = "https://nevinmanimala.com/2021/08/12/effect-of-probiotics-supplementation-on-disease-"
            + "progression-depression-general-health-and-anthropometric-measurements-in-relapsing-remitting-multiple-"
            + "sclerosis-patients-a-systematic-review-and-meta";

    /** Kouchaki E et al. 2017, Clin Nutr 36(5):1245–1249, DOI 10.1016/j.clnu.2016.08.015, PMID 27669638. */
    static final Citation KOUCHAKI_2017 = Citation.ofAuthors(List.of(Author.of("Kouchaki E")), Year.of(2017))
            .withJournal("Clin Nutr")
            .withDoi(Doi.parse("10.1016/j.clnu.2016.08.015"))
            .withPmid(Pmid.of(27669638));

    /** Tamtaji OR et al. 2017, DOI 10.1080/07315724.2017.1347074: EoC 2022 (PMID 33155885), retracted 2024 (PMID 38980210). */
    static final Citation TAMTAJI_2017 = Citation.ofAuthors(List.of(Author.of("Tamtaji OR")), Year.of(2017))
            .withJournal("J Am Coll Nutr")
            .withDoi(Doi.parse("10.1080/07315724.2017.1347074"))
            .withPmid(Pmid.of(28922099))
            .withNotice(IntegrityNotice.of(IntegrityNoticeType.EXPRESSION_OF_CONCERN, PartialDate.ofYear(2022), Pmid.of(33155885)))
            .withNotice(IntegrityNotice.of(IntegrityNoticeType.RETRACTION, PartialDate.ofYear(2024), Pmid.of(38980210)));

    /** Salami 2019, J Funct Foods 52:8–13, DOI 10.1016/j.jff.2018.10.023; first author unverified, so no author. */
    static final Citation SALAMI_2019 = Citation.of(Doi.parse("10.1016/j.jff.2018.10.023"))
            .withYear(Year.of(2019))
            .withJournal("J Funct Foods");

    /** Rahimlou M et al. 2022, Front Neurosci 16:901846, DOI 10.3389/fnins.2022.901846. */
    static final Citation RAHIMLOU_2022 = Citation.ofAuthors(List.of(Author.of("Rahimlou M")), Year.of(2022))
            .withJournal("Front Neurosci")
            .withDoi(Doi.parse("10.3389/fnins.2022.901846"));

    /** The same Ahvaz group, 2020, Nutr Neurosci, DOI 10.1080/1028415X.2020.1758887; author unverified, so none. */
    static final Citation AHVAZ_2020 = Citation.of(Doi.parse("10.1080/1028415X.2020.1758887"))
            .withYear(Year.of(2020))
            .withJournal("Nutr Neurosci");

    /** Tankou SK et al. 2018 pilot, PMID 29307299 (journal unverified, so none). */
    static final Citation TANKOU_2018 = Citation.ofAuthors(List.of(Author.of("Tankou SK")), Year.of(2018))
            .withPmid(Pmid.of(29307299));

    /** Motlagh Asghari K et al. 2023, Sci Rep 13:18577, DOI 10.1038/s41598-023-46047-6, PMID 37903945. */
    static final Citation MOTLAGH_ASGHARI_2023 = Citation.ofAuthors(List.of(Author.of("Motlagh Asghari K")), Year.of(2023))
            .withJournal("Sci Rep")
            .withDoi(Doi.parse("10.1038/s41598-023-46047-6"))
            .withPmid(Pmid.of(37903945));

    /** Its protocol: Aghamohammadi D et al. 2019, Trials, DOI 10.1186/s13063-019-3454-9, PMID 31234904. */
    static final Citation AGHAMOHAMMADI_2019 = Citation.ofAuthors(List.of(Author.of("Aghamohammadi D")), Year.of(2019))
            .withJournal("Trials")
            .withDoi(Doi.parse("10.1186/s13063-019-3454-9"))
            .withPmid(Pmid.of(31234904));

    /** Naseri A et al. 2025, Pharm Sci 31(3):322–329, DOI 10.34172/PS.025.41013. */
    static final Citation NASERI_2025 = Citation.ofAuthors(List.of(Author.of("Naseri A")), Year.of(2025))
            .withJournal("Pharm Sci")
            .withDoi(Doi.parse("10.34172/PS.025.41013"));

    /** Lavasani S et al. 2010, PLoS ONE 5(2):e9009, DOI 10.1371/journal.pone.0009009, PMID 20126401. */
    static final Citation LAVASANI_2010 = Citation.ofAuthors(List.of(Author.of("Lavasani S")), Year.of(2010))
            .withJournal("PLoS ONE")
            .withDoi(Doi.parse("10.1371/journal.pone.0009009"))
            .withPmid(Pmid.of(20126401));

    /** Jiang J et al. 2021, Food Funct 12(6):2354–2377, DOI 10.1039/d0fo03203d, PMID 33629669. */
    static final Citation JIANG_2021 = Citation.ofAuthors(List.of(Author.of("Jiang J")), Year.of(2021))
            .withJournal("Food Funct")
            .withDoi(Doi.parse("10.1039/d0fo03203d"))
            .withPmid(Pmid.of(33629669));

    /** Mirashrafi S et al. 2021, Int J Clin Pract 75(11):e14724, DOI 10.1111/ijcp.14724, PMID 34379879. */
    static final Citation MIRASHRAFI_2021 = Citation.ofAuthors(List.of(Author.of("Mirashrafi S")), Year.of(2021))
            .withJournal("Int J Clin Pract")
            .withDoi(Doi.parse("10.1111/ijcp.14724"))
            .withPmid(Pmid.of(34379879));

    private static final Outcome BDI = Outcome.of(CustomMeasure.of("Beck Depression Inventory (BDI)"));
    private static final Outcome GHQ = Outcome.of(CustomMeasure.of("General Health Questionnaire (GHQ)"));

    static List<CatalogEntry> entries() {
        return List.of(kouchaki2017(), tamtaji2017(), salami2019(), rahimlou2022(), ahvaz2020(), tankou2018(),
                motlaghAsghari2023(), naseri2025(), lavasani2010());
    }

    static List<PublishedPooledResult> publishedPooledResults() {
        return List.of(
                new PublishedPooledResult("Jiang 2021", JIANG_2021, StandardMeasure.EDSS,
                        EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE, -1.22, ConfidenceInterval.of95(-2.40, -0.03),
                        Optional.of(92.0), OptionalInt.empty(),
                        Optional.of("P = 0.04; very low certainty of evidence; 3 RCTs (173 patients) in the review; " + JI)),
                new PublishedPooledResult("Mirashrafi 2021", MIRASHRAFI_2021, StandardMeasure.EDSS,
                        EffectMeasure.MEAN_DIFFERENCE, -0.43, ConfidenceInterval.of95(-0.65, -0.20),
                        Optional.empty(), OptionalInt.of(4),
                        Optional.of("weighted mean difference; 4 RRMS trials, n = 213 (106/107); " + MIR)));
    }

    private static Outcome marker(Marker marker, UcumUnit unit) {
        return Outcome.of(new MarkerMeasure(marker, Optional.empty(), Optional.of(unit)));
    }

    private static Outcome marker(Marker marker) {
        return Outcome.of(MarkerMeasure.of(marker));
    }

    private static ComparisonResult vsPlacebo(Direction direction, int n1, double m1, double s1, int n2, double m2,
            double s2, String p) {
        return ComparisonResult.ofGroups(Comparison.VS_PLACEBO, direction, MeanSummary.ofPlusMinus(n1, m1, s1),
                MeanSummary.ofPlusMinus(n2, m2, s2), PValue.parse(p));
    }

    /** Kouchaki 2017 ([KOU], review table [REV24]). */
    private static CatalogEntry kouchaki2017() {
        Strength each = Strength.parse("2 × 10^9 CFU/g");
        Formulation capsule = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strain.of(Taxon.parse("Lactobacillus acidophilus")), each)
                .component(Strain.of(Taxon.parse("Lactobacillus casei")), each)
                .component(Strain.of(Taxon.parse("Bifidobacterium bifidum")), each)
                .component(Strain.of(Taxon.parse("Lactobacillus fermentum")), each)
                .build();
        Period twelveWeeks = Period.ofWeeks(12);
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(60))
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS))
                        .withBackgroundTherapies(new BackgroundTherapy("interferon beta-1a")))
                .intervention(ProbioticIntervention.of("probiotic capsule", capsule,
                        Regimen.notReported().withDuration(twelveWeeks)))
                .intervention(new Placebo("starch placebo", Optional.of("starch"),
                        Regimen.notReported().withDuration(twelveWeeks)))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic capsule").withParticipants(30))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "starch placebo").withParticipants(30))
                .outcome(Outcome.of(StandardMeasure.EDSS))
                .outcome(BDI)
                .outcome(GHQ)
                .outcome(Outcome.of(StandardMeasure.DASS))
                .outcome(marker(Biomarkers.HS_CRP, UcumUnit.MICROGRAM_PER_MILLILITRE))
                .outcome(marker(Biomarkers.NITRIC_OXIDE, UcumUnit.MICROMOLE_PER_LITRE))
                .outcome(marker(Biomarkers.MALONDIALDEHYDE, UcumUnit.MICROMOLE_PER_LITRE))
                .outcome(marker(Biomarkers.INSULIN, UcumUnit.MICRO_INTERNATIONAL_UNIT_PER_MILLILITRE))
                .build();
        Study study = Study.of("Kouchaki 2017", KOUCHAKI_2017, design);
        String capsuleName = "probiotic capsule";
        List<Finding> findings = List.of(
                Finding.of(study, capsuleName, Outcome.of(StandardMeasure.EDSS),
                        vsPlacebo(Direction.DECREASED, 30, -0.3, 0.6, 30, 0.1, 0.3, "P = 0.001")),
                Finding.of(study, capsuleName, BDI, vsPlacebo(Direction.DECREASED, 30, -5.6, 4.9, 30, -1.1, 3.4, "P<0.001")),
                Finding.of(study, capsuleName, GHQ, vsPlacebo(Direction.DECREASED, 30, -9.1, 6.2, 30, -2.6, 6.4, "P<0.001")),
                Finding.of(study, capsuleName, Outcome.of(StandardMeasure.DASS),
                        vsPlacebo(Direction.DECREASED, 30, -16.5, 12.9, 30, -6.2, 11.0, "P = 0.001")),
                kouchakiMarker(study, "hs-CRP", "μg/mL", Direction.DECREASED, -1.3, 3.5, 0.4, 1.4, "P = 0.01"),
                kouchakiMarker(study, "NO", "μmol/L", Direction.INCREASED, 1.0, 7.9, -6.0, 8.3, "P = 0.002"),
                kouchakiMarker(study, "MDA", "μmol/L", Direction.DECREASED, 0.009, 0.4, 0.3, 0.5, "P = 0.04"),
                kouchakiMarker(study, "insulin", "μIU/mL", Direction.DECREASED, -2.9, 3.7, 1.1, 4.8, "P<0.001"));
        return new CatalogEntry(study, findings, List.of(KOU, REV24),
                List.of("phase, intervention model, allocation ratio, who was masked and registry ID are not in the "
                        + "sources read; 'Salami 2019' and 'Tamtaji 2017' share authors, and whether the cohorts "
                        + "overlap is unverified"));
    }

    private static Finding kouchakiMarker(Study study, String marker, String unit, Direction direction, double m1,
            double s1, double m2, double s2, String p) {
        return Finding.ofImmuneEffect(study, "probiotic capsule", new ImmuneEffect(Markers.resolve(marker),
                vsPlacebo(direction, 30, m1, s1, 30, m2, s2, p),
                MeasurementContext.unreported().withUnit(UcumUnit.parse(unit))));
    }

    /** Tamtaji 2017 ([TAM], notices [TAM_NOTICES]): retracted 2024. */
    private static CatalogEntry tamtaji2017() {
        Period twelveWeeks = Period.ofWeeks(12);
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
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
        Study study = Study.of("Tamtaji 2017", TAMTAJI_2017, design);
        MeasurementContext pbmcMrna = MeasurementContext.unreported().withSpecimen(Specimen.PBMC_MRNA);
        List<Finding> findings = List.of(
                Finding.ofImmuneEffect(study, "probiotic", new ImmuneEffect(Cytokines.IL_8,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P<0.001")),
                        pbmcMrna)),
                Finding.ofImmuneEffect(study, "probiotic", new ImmuneEffect(Cytokines.TNF_ALPHA,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P<.001")),
                        pbmcMrna)));
        return new CatalogEntry(study, findings, List.of(TAM, TAM_NOTICES),
                List.of("retracted in 2024 (PMID 38980210) after an expression of concern in 2022 (PMID 33155885): "
                        + "kept in the catalog with its notices, left out of every pooled estimate",
                        "no effect on IL-1, PPAR-γ and LDLR was reported; those markers are not in the vocabulary's "
                                + "well-known markers and are left out",
                        "the delivery form of the product is not stated, so it has no formulation"));
    }

    /** Salami 2019 ([SAL], review table [REV24]). */
    private static CatalogEntry salami2019() {
        Period fourMonths = Period.ofMonths(4);
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(48))
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS))
                        .withBackgroundTherapies(new BackgroundTherapy("interferon beta-1a")))
                .intervention(ProbioticIntervention.undescribed("probiotic", Regimen.notReported().withDuration(fourMonths)))
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported().withDuration(fourMonths)))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic").withParticipants(24))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo").withParticipants(24))
                .outcome(Outcome.of(StandardMeasure.EDSS))
                .outcome(BDI)
                .outcome(Outcome.of(StandardMeasure.GHQ_28))
                .outcome(Outcome.of(StandardMeasure.DASS))
                .outcome(marker(Cytokines.IL_6))
                .outcome(marker(Biomarkers.HS_CRP))
                .outcome(marker(Cytokines.IL_10))
                .outcome(marker(Biomarkers.NITRIC_OXIDE))
                .build();
        Study study = Study.of("Salami 2019", SALAMI_2019, design);
        MeasurementContext month4 = MeasurementContext.unreported().withTimePoint(TimePoint.sinceStart(4, UcumUnit.MONTH));
        List<Finding> findings = List.of(
                Finding.of(study, "probiotic", Outcome.of(StandardMeasure.EDSS),
                        vsPlacebo(Direction.DECREASED, 24, -0.52, 0.04, 24, 0.16, 0.07, "P<0.001")),
                Finding.of(study, "probiotic", BDI, vsPlacebo(Direction.DECREASED, 24, -5.08, 0.71, 24, -2.62, 0.78, "P = 0.026")),
                Finding.of(study, "probiotic", Outcome.of(StandardMeasure.GHQ_28),
                        vsPlacebo(Direction.DECREASED, 24, -6.7, 1.17, 24, -3.04, 1.13, "P = 0.03")),
                Finding.of(study, "probiotic", Outcome.of(StandardMeasure.DASS),
                        vsPlacebo(Direction.DECREASED, 24, -12.54, 1.81, 24, -3.33, 2.26, "P = 0.003")),
                salamiMarker(study, Cytokines.IL_6, Direction.DECREASED, "P = 0.01", month4),
                salamiMarker(study, Biomarkers.HS_CRP, Direction.DECREASED, "P = 0.03", month4),
                salamiMarker(study, Cytokines.IL_10, Direction.INCREASED, "P<0.001", month4),
                salamiMarker(study, Biomarkers.NITRIC_OXIDE, Direction.INCREASED, "P = 0.012", month4));
        return new CatalogEntry(study, findings, List.of(SAL, REV24),
                List.of("the first author is unverified, so the citation names none",
                        "randomization is not stated in the sources read, so there is no allocation",
                        "the strains of the review table are not encoded (the product is 'undescribed')"));
    }

    private static Finding salamiMarker(Study study, Marker marker, Direction direction, String p, MeasurementContext at) {
        return Finding.ofImmuneEffect(study, "probiotic", new ImmuneEffect(marker,
                ComparisonResult.ofDirection(Comparison.VS_PLACEBO, direction, PValue.parse(p)), at));
    }

    /** Rahimlou 2022 ([RAH22]). */
    private static CatalogEntry rahimlou2022() {
        Period twelveWeeks = Period.ofWeeks(12);
        UnlistedMarker tgfBeta = new UnlistedMarker("TGF-β", MarkerKind.CYTOKINE);
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
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
                // the source says "TGF-β" without naming the isoform
                .outcome(marker(tgfBeta))
                .build();
        Study study = Study.of("Rahimlou 2022", RAHIMLOU_2022, design);
        MeasurementContext week12 = MeasurementContext.unreported().withTimePoint(TimePoint.sinceStart(12, UcumUnit.WEEK));
        String product = "multi-strain probiotic";
        List<Finding> findings = List.of(
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(Biomarkers.CRP, ComparisonResult.ofGroups(
                        Comparison.VS_PLACEBO, Direction.DECREASED, MeanSummary.ofPlusMinus(-0.93, 1.62),
                        MeanSummary.ofPlusMinus(0.05, 1.74), PValue.parse("P = 0.03")), week12)),
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(Cytokines.TNF_ALPHA, ComparisonResult.ofGroups(
                        Comparison.VS_PLACEBO, Direction.DECREASED, MeanSummary.ofPlusMinus(-2.09, 1.88),
                        MeanSummary.ofPlusMinus(0.48, 2.53), PValue.parse("P = 0.015")), week12)),
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(Cytokines.IFN_GAMMA, ComparisonResult.ofGroups(
                        Comparison.VS_PLACEBO, Direction.DECREASED, MeanSummary.ofPlusMinus(-13.18, 7.33),
                        MeanSummary.ofPlusMinus(-1.93, 5.99), PValue.parse("P<0.001")), week12)),
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(Biomarkers.FOXP3,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P<0.05")), week12)),
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(tgfBeta,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("P<0.05")), week12)));
        return new CatalogEntry(study, findings, List.of(RAH22),
                List.of("strains and CFU of the product are unverified, so it is 'undescribed'",
                        "65 of the 70 randomized were analysed; the group sizes of the analysis are not stated, so the "
                                + "group summaries have no n"));
    }

    /** The Ahvaz group's 2020 trial ([RAH20]). */
    private static CatalogEntry ahvaz2020() {
        Period sixMonths = Period.ofMonths(6);
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .enrollment(Enrollment.actual(70))
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS)))
                .intervention(ProbioticIntervention.undescribed("multi-strain probiotic",
                        Regimen.notReported()
                                .withDose(DoseRate.perDay(BigDecimal.valueOf(2), "capsule"))
                                .withDuration(sixMonths)))
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported().withDuration(sixMonths)))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "multi-strain probiotic"))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo"))
                .outcome(Outcome.of(StandardMeasure.GHQ_28))
                .outcome(Outcome.of(StandardMeasure.BDI_II))
                .outcome(Outcome.of(StandardMeasure.FSS))
                .outcome(marker(Cytokines.IL_6))
                .build();
        Study study = Study.of("Ahvaz 2020", AHVAZ_2020, design);
        String product = "multi-strain probiotic";
        List<Finding> findings = List.of(
                Finding.of(study, product, Outcome.of(StandardMeasure.GHQ_28), ComparisonResult.ofGroups(
                        Comparison.VS_PLACEBO, Direction.DECREASED, MeanSummary.ofPlusMinus(-5.31, 4.62),
                        MeanSummary.ofPlusMinus(-1.81, 4.23), PValue.parse("P = 0.002"))),
                Finding.of(study, product, Outcome.of(StandardMeasure.BDI_II), ComparisonResult.ofGroups(
                        Comparison.VS_PLACEBO, Direction.DECREASED, MeanSummary.ofPlusMinus(-4.81, 0.79),
                        MeanSummary.ofPlusMinus(-1.90, 0.96), PValue.parse("P = 0.001"))),
                Finding.of(study, product, Outcome.of(StandardMeasure.FSS), ComparisonResult.ofGroups(
                        Comparison.VS_PLACEBO, Direction.DECREASED, MeanSummary.ofPlusMinus(-3.81, 6.56),
                        MeanSummary.ofPlusMinus(0.24, 5.44), PValue.parse("P = 0.007"))),
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(Cytokines.IL_6,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P<0.001")),
                        MeasurementContext.unreported())));
        return new CatalogEntry(study, findings, List.of(RAH20),
                List.of("the first author is unverified, so the study is labelled by its group and year and the "
                                + "citation names no author",
                        "randomization and masking are not stated for this paper in the sources read",
                        "BDNF up (P<0.001) and the PRI result are left out: BDNF is not a well-known marker of the "
                                + "vocabulary and PRI is not defined in the sources"));
    }

    /** Tankou 2018 pilot ([TK1]). */
    private static CatalogEntry tankou2018() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
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
        Study study = Study.of("Tankou 2018", TANKOU_2018, design);
        return new CatalogEntry(study, List.of(), List.of(TK1),
                List.of("a pre/post pilot: the comparisons (before/after, against healthy controls) are not stated per "
                        + "outcome in the source read, so no finding is encoded",
                        "the journal and the VSL#3 dose are unverified"));
    }

    /** Motlagh Asghari 2023 ([ASG]) and its protocol ([PROT]). */
    private static CatalogEntry motlaghAsghari2023() {
        Period fourMonths = Period.ofMonths(4);
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
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
        Study study = Study.of("Motlagh Asghari 2023", MOTLAGH_ASGHARI_2023, design).withCitation(AGHAMOHAMMADI_2019);
        String product = "Saccharomyces boulardii";
        List<Finding> findings = List.of(
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(Biomarkers.HS_CRP,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.DECREASED, PValue.parse("P<0.001")),
                        MeasurementContext.unreported())),
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(Biomarkers.TOTAL_ANTIOXIDANT_CAPACITY,
                        ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.parse("p = 0.004")),
                        MeasurementContext.unreported())),
                Finding.ofImmuneEffect(study, product, new ImmuneEffect(Biomarkers.MALONDIALDEHYDE,
                        new ComparisonResult(Comparison.VS_PLACEBO, Direction.NO_SIGNIFICANT_CHANGE,
                                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                        MeasurementContext.unreported())));
        return new CatalogEntry(study, findings, List.of(ASG, PROT),
                List.of("the dose of S. boulardii is unverified",
                        "the directions of the pain (p = 0.004) and FSS (p = 0.01) results are not stated in the source "
                                + "read, so they are left out"));
    }

    /** Naseri 2025 ([NAS]). */
    private static CatalogEntry naseri2025() {
        Period fourMonths = Period.ofMonths(4);
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .masking(MaskingInfo.of(Masking.DOUBLE))
                .enrollment(Enrollment.actual(90))
                .population(Population.of(MsCourse.of(MsPhenotype.RRMS)))
                .intervention(ProbioticIntervention.undescribed("Lactocare",
                        Regimen.notReported().withDuration(fourMonths)))
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported().withDuration(fourMonths)))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "Lactocare").withParticipants(29))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo").withParticipants(31))
                .outcome(Outcome.of(StandardMeasure.EDSS))
                .outcome(Outcome.of(StandardMeasure.BDI_II))
                .build();
        Study study = Study.of("Naseri 2025", NASERI_2025, design);
        List<Finding> findings = List.of(
                Finding.of(study, "Lactocare", Outcome.of(StandardMeasure.EDSS), ComparisonResult.ofDirection(
                        Comparison.VS_PLACEBO, Direction.NO_SIGNIFICANT_CHANGE, PValue.parse("p > 0.05"))),
                Finding.of(study, "Lactocare", Outcome.of(StandardMeasure.BDI_II), ComparisonResult.ofDirection(
                        Comparison.VS_PLACEBO, Direction.NO_SIGNIFICANT_CHANGE, PValue.parse("p > 0.05"))));
        return new CatalogEntry(study, findings, List.of(NAS),
                List.of("90 randomized, 60 completed (29/31): the arms hold the completers",
                        "Lactocare is a 7-strain product taken twice daily; its strains are not encoded",
                        "inclusion EDSS < 4 is not encoded; PASAT, SDMT and 9HPT (no significant effect) are left out: "
                                + "which PASAT version and which hand are not all stated"));
    }

    /** Lavasani 2010 ([LAV]), mouse EAE. */
    private static CatalogEntry lavasani2010() {
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
        PreclinicalStudy design = PreclinicalStudy.builder(Animals.of(Species.MOUSE), Eae.notReported())
                .group(StudyGroup.of("L. paracasei DSM 13434", paracasei).withTiming(TreatmentTiming.therapeutic()))
                .group(StudyGroup.of("L. plantarum DSM 15312", plantarum15312).withTiming(TreatmentTiming.therapeutic()))
                .group(StudyGroup.of("L. plantarum DSM 15313", plantarum15313).withTiming(TreatmentTiming.therapeutic()))
                .group(StudyGroup.of("three-strain mixture", mixture).withTiming(TreatmentTiming.therapeutic()))
                .build();
        Study study = Study.of("Lavasani 2010", LAVASANI_2010, design);
        return new CatalogEntry(study, List.of(), List.of(LAV),
                List.of("the mouse strain, induction, group sizes and days are unverified or not stated",
                        "findings (the mixture suppressed progression; single strains were not therapeutic; ↓Th1/Th17, "
                                + "↑IL-10, Treg) are stated without a comparison group or numbers in the source read, "
                                + "so they are not encoded as findings"));
    }
}
