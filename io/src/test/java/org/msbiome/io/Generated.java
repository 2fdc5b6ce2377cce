package org.msbiome.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.AllocationRatio;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.DiseaseModifyingTherapy;
import org.msbiome.core.design.DoseRate;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.EnrollmentType;
import org.msbiome.core.design.Frequency;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.InterventionModel;
import org.msbiome.core.design.Masking;
import org.msbiome.core.design.MaskingInfo;
import org.msbiome.core.design.OtherIntervention;
import org.msbiome.core.design.OverallStatus;
import org.msbiome.core.design.Phase;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.PrimaryPurpose;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.design.Route;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.design.TrialFramework;
import org.msbiome.core.design.WhoMasked;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.ConfidenceInterval;
import org.msbiome.core.effect.Direction;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.EffectSize;
import org.msbiome.core.effect.EffectSizes;
import org.msbiome.core.effect.GroupSummary;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.MedianSummary;
import org.msbiome.core.effect.PValue;
import org.msbiome.core.effect.ReportedEffect;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.effect.TwoByTwoTable;
import org.msbiome.core.evidence.Author;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Doi;
import org.msbiome.core.evidence.EvidenceSubjects;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.GradeAssessment;
import org.msbiome.core.evidence.GradeDowngrade;
import org.msbiome.core.evidence.GradeDowngradeDomain;
import org.msbiome.core.evidence.GradeStartingDesign;
import org.msbiome.core.evidence.GradeUpgrade;
import org.msbiome.core.evidence.GradeUpgradeDomain;
import org.msbiome.core.evidence.IntegrityNotice;
import org.msbiome.core.evidence.IntegrityNoticeType;
import org.msbiome.core.evidence.PartialDate;
import org.msbiome.core.evidence.Pmcid;
import org.msbiome.core.evidence.Pmid;
import org.msbiome.core.evidence.PublicationId;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.evidence.StudyDesign;
import org.msbiome.core.evidence.Subjects;
import org.msbiome.core.immune.Assay;
import org.msbiome.core.immune.Axis;
import org.msbiome.core.immune.AxisRole;
import org.msbiome.core.immune.Biomarker;
import org.msbiome.core.immune.CellMarker;
import org.msbiome.core.immune.CellPopulation;
import org.msbiome.core.immune.Cytokine;
import org.msbiome.core.immune.Expression;
import org.msbiome.core.immune.Gene;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.immune.InflammatoryClass;
import org.msbiome.core.immune.Lineage;
import org.msbiome.core.immune.Marker;
import org.msbiome.core.immune.MarkerKind;
import org.msbiome.core.immune.Markers;
import org.msbiome.core.immune.MeasurementContext;
import org.msbiome.core.immune.Specimen;
import org.msbiome.core.immune.UnlistedMarker;
import org.msbiome.core.measure.Quantity;
import org.msbiome.core.measure.TimePoint;
import org.msbiome.core.measure.UcumUnit;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.core.outcome.OutcomeRole;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.population.BackgroundTherapy;
import org.msbiome.core.population.DiseaseActivity;
import org.msbiome.core.population.Edss;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.MsPhenotype;
import org.msbiome.core.population.Population;
import org.msbiome.core.population.Progression;
import org.msbiome.core.population.Sex;
import org.msbiome.core.preclinical.AnimalStrains;
import org.msbiome.core.preclinical.Animals;
import org.msbiome.core.preclinical.Antigens;
import org.msbiome.core.preclinical.BiasJudgement;
import org.msbiome.core.preclinical.Cuprizone;
import org.msbiome.core.preclinical.DiseaseModel;
import org.msbiome.core.preclinical.Eae;
import org.msbiome.core.preclinical.EaeInduction;
import org.msbiome.core.preclinical.PreclinicalStudy;
import org.msbiome.core.preclinical.ScoreScale;
import org.msbiome.core.preclinical.ScoreScales;
import org.msbiome.core.preclinical.Species;
import org.msbiome.core.preclinical.StudyGroup;
import org.msbiome.core.preclinical.SyrcleItem;
import org.msbiome.core.preclinical.SyrcleRiskOfBias;
import org.msbiome.core.preclinical.Tmev;
import org.msbiome.core.preclinical.TreatmentStrategy;
import org.msbiome.core.preclinical.TreatmentTiming;
import org.msbiome.core.registry.Registry;
import org.msbiome.core.registry.RegistryId;

/**
 * Seeded random values of the core document kinds, for round-trip tests. Test data only: names, numbers
 * and identifiers are made up (of valid form), never facts. A candidate may break a core rule; the tests
 * draw again when core rejects it, so only valid values are used.
 */
final class Generated {
    private final Random random;

    Generated(Random random) {
        this.random = random;
    }

    private boolean coin() {
        return random.nextBoolean();
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return coin() ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> list(int max, Supplier<T> element) {
        List<T> out = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            out.add(element.get());
        }
        return out;
    }

    private String text(String prefix) {
        return prefix + " " + random.nextInt(1000) + (coin() ? "" : " — \"ü\" ±");
    }

    private double number() {
        return Math.round((random.nextDouble() * 40 - 20) * 1000) / 1000.0 + (coin() ? 0 : random.nextDouble() * 1e-9);
    }

    private Period period() {
        return switch (random.nextInt(3)) {
            case 0 -> Period.ofDays(1 + random.nextInt(30));
            case 1 -> Period.ofWeeks(1 + random.nextInt(52));
            default -> Period.ofMonths(1 + random.nextInt(24));
        };
    }

    // design

    Regimen regimen() {
        return new Regimen(
                maybe(() -> new DoseRate(BigDecimal.valueOf(1 + random.nextInt(5000), random.nextInt(4)),
                        pick(new String[] {"capsule", "sachet", "[CFU]", "mg"}), period())),
                maybe(() -> new Frequency(1 + random.nextInt(4), period())),
                maybe(() -> pick(Route.values())),
                maybe(this::period));
    }

    Intervention intervention(String name) {
        return switch (random.nextInt(5)) {
            case 0 -> ProbioticIntervention.of(name, CoreRoundTripTest.formulation(random), regimen());
            case 1 -> ProbioticIntervention.ofStrains(name, regimen(), CoreRoundTripTest.strain(random));
            case 2 -> new Placebo(name, maybe(() -> text("starch")), regimen());
            case 3 -> new DiseaseModifyingTherapy(name, regimen());
            default -> new OtherIntervention(name, maybe(() -> text("description")), regimen());
        };
    }

    TrialDesign trialDesign() {
        List<Intervention> interventions = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            interventions.add(intervention("intervention " + interventions.size()));
        }
        List<Arm> arms = new ArrayList<>();
        for (Intervention intervention : interventions) {
            ArmType type = intervention instanceof Placebo ? ArmType.PLACEBO_COMPARATOR
                    : pick(new ArmType[] {ArmType.EXPERIMENTAL, ArmType.ACTIVE_COMPARATOR, ArmType.OTHER});
            arms.add(new Arm("arm " + arms.size(), type, maybe(() -> text("arm")), List.of(name(intervention)),
                    maybe(() -> random.nextInt(50))));
        }
        if (coin()) {
            arms.add(new Arm("arm " + arms.size(), ArmType.NO_INTERVENTION, Optional.empty(), List.of(),
                    Optional.empty()));
        }
        Optional<InterventionModel> model = arms.size() == 1 ? Optional.of(InterventionModel.SINGLE_GROUP)
                : maybe(() -> pick(new InterventionModel[] {InterventionModel.PARALLEL, InterventionModel.FACTORIAL}));
        List<Phase> phases = coin() ? List.of() : List.of(pick(Phase.values()));
        Masking masking = pick(Masking.values());
        EnumSet<WhoMasked> who = EnumSet.noneOf(WhoMasked.class);
        if (masking != Masking.NONE) {
            who.add(pick(WhoMasked.values()));
        }
        Optional<AllocationRatio> ratio = arms.size() >= 2 && coin()
                ? Optional.of(new AllocationRatio(ones(arms.size())))
                : Optional.empty();
        List<Outcome> outcomes = list(3, this::outcome);
        // An empty outcome list sometimes says why it is empty (format 1.1 "absent"); the rest keeps 1.0's form.
        java.util.Map<org.msbiome.core.design.DesignPart, org.msbiome.core.reporting.Absence> absent =
                outcomes.isEmpty() && coin()
                        ? java.util.Map.of(org.msbiome.core.design.DesignPart.OUTCOMES,
                                pick(org.msbiome.core.reporting.Absence.values()))
                        : java.util.Map.of();
        return new TrialDesign(
                pick(StudyType.values()),
                phases,
                arms.size() >= 2 ? maybe(() -> pick(Allocation.values())) : Optional.of(Allocation.NA),
                model,
                maybe(() -> pick(PrimaryPurpose.values())),
                maybe(() -> new MaskingInfo(masking, who, maybe(() -> text("masking")))),
                maybe(() -> new Enrollment(1000 + random.nextInt(1000), pick(EnrollmentType.values()))),
                maybe(() -> pick(OverallStatus.values())),
                ratio,
                maybe(() -> pick(TrialFramework.values())),
                maybe(this::period),
                Optional.empty(),
                maybe(this::population),
                arms,
                interventions,
                outcomes,
                coin() ? List.of(registryId()) : List.of(),
                absent);
    }

    private List<Integer> ones(int n) {
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(1 + random.nextInt(3));
        }
        return parts;
    }

    private static String name(Intervention intervention) {
        if (intervention instanceof ProbioticIntervention p) {
            return p.name();
        } else if (intervention instanceof Placebo p) {
            return p.name();
        } else if (intervention instanceof DiseaseModifyingTherapy d) {
            return d.name();
        }
        return ((OtherIntervention) intervention).name();
    }

    RegistryId registryId() {
        return switch (random.nextInt(3)) {
            case 0 -> RegistryId.of(Registry.CLINICALTRIALS_GOV, String.format("NCT%08d", random.nextInt(100_000_000)));
            case 1 -> RegistryId.of(Registry.IRCT, "IRCT2016" + String.format("%07d", random.nextInt(10_000_000)) + "N1");
            default -> RegistryId.of(Registry.ISRCTN, String.format("ISRCTN%08d", random.nextInt(100_000_000)));
        };
    }

    // population and outcomes

    Population population() {
        Optional<Edss> min = maybe(() -> new Edss(BigDecimal.valueOf(random.nextInt(5))));
        Optional<Integer> minimumAge = maybe(() -> 18 + random.nextInt(10));
        // A minimum age sometimes in a unit other than years (format 1.1); the maximum stays in years, above it.
        Optional<org.msbiome.core.population.AgeUnit> minimumAgeUnit = minimumAge.isPresent() && coin()
                ? Optional.of(pick(org.msbiome.core.population.AgeUnit.values()))
                : Optional.empty();
        return new Population(
                list(2, () -> new MsCourse(pick(MsPhenotype.values()), maybe(() -> pick(DiseaseActivity.values())),
                        maybe(() -> pick(Progression.values())))),
                min,
                maybe(() -> new Edss(new BigDecimal("5.5").add(BigDecimal.valueOf(random.nextInt(9), 1).multiply(
                        BigDecimal.valueOf(5)).setScale(1)).min(BigDecimal.TEN))),
                minimumAge,
                maybe(() -> 40 + random.nextInt(30)),
                maybe(() -> pick(Sex.values())),
                maybe(this::coin),
                list(2, () -> new BackgroundTherapy(text("therapy"))),
                minimumAgeUnit,
                Optional.empty());
    }

    Outcome outcome() {
        return new Outcome(maybe(() -> pick(OutcomeRole.values())), outcomeMeasure(), maybe(() -> text("week")));
    }

    OutcomeMeasure outcomeMeasure() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(StandardMeasure.values());
            case 1 -> new MarkerMeasure(marker(), maybe(() -> pick(Specimen.values())), maybe(() -> pick(UcumUnit.values())));
            default -> new CustomMeasure(text("measure"), maybe(() -> text("about")), maybe(() -> text("unit")));
        };
    }

    // immune

    Gene gene() {
        return coin() ? Gene.of("GENE" + random.nextInt(100)) : Gene.of("IL" + (1 + random.nextInt(30)), 1 + random.nextInt(9999));
    }

    Marker marker() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> pick(Markers.all());
            case 2 -> new UnlistedMarker(text("marker"), pick(MarkerKind.values()));
            case 3 -> new Cytokine(text("cytokine"), list(2, () -> text("alias")), list(2, this::gene),
                    maybe(() -> pick(InflammatoryClass.values())),
                    list(1, () -> new Axis(pick(Lineage.values()), pick(AxisRole.values()))));
            case 4 -> new CellPopulation(text("cells"), list(2, () -> text("alias")),
                    list(3, () -> new CellMarker("CD" + (1 + random.nextInt(200)), pick(Expression.values()))),
                    maybe(() -> pick(Lineage.values())));
            default -> new Biomarker(text("biomarker"), list(2, () -> text("alias")), maybe(this::gene));
        };
    }

    TimePoint timePoint() {
        return switch (random.nextInt(3)) {
            case 0 -> new TimePoint.Baseline();
            case 1 -> new TimePoint.SinceStart(Quantity.of(1 + random.nextInt(52), UcumUnit.WEEK));
            default -> new TimePoint.SinceEnd(Quantity.of(String.valueOf(1 + random.nextInt(90)) + ".5", UcumUnit.DAY));
        };
    }

    MeasurementContext context() {
        return new MeasurementContext(maybe(() -> pick(Specimen.values())), maybe(() -> pick(Assay.values())),
                maybe(() -> pick(UcumUnit.values())), maybe(this::timePoint));
    }

    ImmuneEffect immuneEffect() {
        return new ImmuneEffect(marker(), comparisonResult(), context());
    }

    // effect

    PValue pValue() {
        double p = Math.round(random.nextDouble() * 10000) / 10000.0;
        return new PValue(pick(PValue.Relation.values()), p);
    }

    ConfidenceInterval interval(double around) {
        double lower = around - random.nextDouble() * 5;
        return new ConfidenceInterval(lower, around + random.nextDouble() * 5, pick(new double[] {0.9, 0.95, 0.99}));
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }

    MeanSummary mean() {
        Optional<Integer> n = maybe(() -> 2 + random.nextInt(100));
        double mean = number();
        Spread spread = switch (random.nextInt(4)) {
            case 0 -> new Spread.StandardDeviation(0.01 + random.nextDouble() * 5);
            case 1 -> new Spread.StandardError(0.01 + random.nextDouble());
            case 2 -> new Spread.IntervalOfMean(interval(mean));
            default -> new Spread.Unspecified(0.01 + random.nextDouble() * 5);
        };
        return new MeanSummary(n, mean, spread);
    }

    GroupSummary group() {
        if (coin()) {
            return mean();
        }
        double median = number();
        return new MedianSummary(maybe(() -> 1 + random.nextInt(100)), median, median - random.nextDouble(),
                median + random.nextDouble());
    }

    EffectSize effect() {
        return switch (random.nextInt(4)) {
            case 0 -> EffectSizes.meanDifference(MeanSummary.ofSd(5 + random.nextInt(50), number(), 0.5 + random.nextDouble()),
                    MeanSummary.ofSd(5 + random.nextInt(50), number(), 0.5 + random.nextDouble()));
            case 1 -> EffectSizes.logOddsRatio(new TwoByTwoTable(1 + random.nextInt(30), 1 + random.nextInt(30),
                    1 + random.nextInt(30), 1 + random.nextInt(30)));
            default -> {
                double estimate = number();
                yield new ReportedEffect(pick(EffectMeasure.values()), estimate, maybe(() -> interval(estimate)));
            }
        };
    }

    ComparisonResult comparisonResult() {
        Optional<EffectSize> effect = maybe(this::effect);
        Direction direction = pick(Direction.values());
        if (effect.isPresent()) {
            Optional<ConfidenceInterval> ci = effect.get() instanceof ReportedEffect r ? r.confidenceInterval()
                    : Optional.of(((org.msbiome.core.effect.ComputedEffect) effect.get()).confidenceInterval());
            if (ci.isPresent()) {
                direction = ci.get().lower() > 0 ? Direction.INCREASED
                        : ci.get().upper() < 0 ? Direction.DECREASED : Direction.NO_SIGNIFICANT_CHANGE;
            }
        }
        return new ComparisonResult(pick(Comparison.values()), direction, maybe(this::pValue), maybe(this::group),
                maybe(this::group), effect);
    }

    // evidence

    PartialDate partialDate() {
        int year = 1990 + random.nextInt(36);
        return switch (random.nextInt(3)) {
            case 0 -> PartialDate.of(Year.of(year));
            case 1 -> PartialDate.of(YearMonth.of(year, 1 + random.nextInt(12)));
            default -> PartialDate.of(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        };
    }

    Doi doi() {
        return new Doi("10." + (1000 + random.nextInt(9000)) + "/" + (coin() ? "j.clnu." : "S0") + random.nextInt(1_000_000));
    }

    PublicationId publicationId() {
        return switch (random.nextInt(3)) {
            case 0 -> doi();
            case 1 -> Pmid.of(1 + random.nextInt(40_000_000));
            default -> new Pmcid(1 + random.nextInt(12_000_000));
        };
    }

    Citation citation() {
        return new Citation(list(3, () -> Author.of(text("Author"))), maybe(() -> Year.of(1990 + random.nextInt(36))),
                maybe(() -> text("Title")), maybe(() -> text("J")), maybe(this::doi),
                maybe(() -> Pmid.of(1 + random.nextInt(40_000_000))), maybe(() -> new Pmcid(1 + random.nextInt(12_000_000))),
                list(2, () -> new IntegrityNotice(pick(IntegrityNoticeType.values()), partialDate(),
                        maybe(this::publicationId))));
    }

    GradeAssessment gradeAssessment() {
        EvidenceSubjects subjects = pick(EvidenceSubjects.values());
        List<GradeDowngrade> downgrades = new ArrayList<>();
        for (GradeDowngradeDomain domain : GradeDowngradeDomain.values()) {
            if (random.nextInt(3) == 0) {
                downgrades.add(new GradeDowngrade(domain, 1 + random.nextInt(2), text("because")));
            }
        }
        List<GradeUpgrade> upgrades = new ArrayList<>();
        for (GradeUpgradeDomain domain : GradeUpgradeDomain.values()) {
            if (random.nextInt(4) == 0) {
                upgrades.add(new GradeUpgrade(domain, 1 + random.nextInt(2), text("because")));
            }
        }
        return new GradeAssessment(text("outcome"), pick(GradeStartingDesign.values()), subjects, downgrades, upgrades,
                maybe(() -> text("rationale")));
    }

    // preclinical

    Animals animals() {
        return switch (random.nextInt(3)) {
            case 0 -> Animals.of(pick(List.of(AnimalStrains.C57BL_6, AnimalStrains.SJL, AnimalStrains.LEWIS_RAT)));
            case 1 -> new Animals(Species.MOUSE, Optional.empty(), maybe(() -> pick(Sex.values())),
                    Optional.of(6 + random.nextInt(4)), Optional.of(10 + random.nextInt(4)));
            default -> Animals.of(pick(Species.values()));
        };
    }

    DiseaseModel diseaseModel() {
        return switch (random.nextInt(3)) {
            case 0 -> new Eae(maybe(() -> pick(EaeInduction.values())),
                    maybe(() -> pick(List.of(Antigens.MOG_35_55, Antigens.PLP_139_151, Antigens.MBP))),
                    maybe(() -> text("adjuvant")), maybe(this::coin));
            case 1 -> new Cuprizone(maybe(this::period));
            default -> new Tmev(maybe(() -> text("strain")));
        };
    }

    ScoreScale scoreScale() {
        if (coin()) {
            return ScoreScales.EAE_0_TO_5;
        }
        TreeMap<BigDecimal, String> levels = new TreeMap<>();
        for (int i = 0; i < 2 + random.nextInt(4); i++) {
            levels.put(BigDecimal.valueOf(i * 5L, 1), text("level"));
        }
        return new ScoreScale(text("scale"), levels, maybe(() -> text("source")));
    }

    PreclinicalStudy preclinicalStudy() {
        List<StudyGroup> groups = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            String label = "group " + groups.size();
            TreatmentStrategy strategy = pick(TreatmentStrategy.values());
            Optional<TreatmentTiming> timing = coin() ? Optional.empty()
                    : Optional.of(strategy == TreatmentStrategy.PROPHYLACTIC
                            ? new TreatmentTiming(strategy, Optional.of(-random.nextInt(14)), Optional.of(random.nextInt(30)))
                            : new TreatmentTiming(strategy, maybe(() -> 1 + random.nextInt(14)), Optional.empty()));
            groups.add(new StudyGroup(label, maybe(() -> pick(ArmType.values())), maybe(() -> 1 + random.nextInt(20)),
                    List.of(intervention("treatment " + groups.size())), timing));
        }
        Map<SyrcleItem, BiasJudgement> judgements = new EnumMap<>(SyrcleItem.class);
        for (SyrcleItem item : SyrcleItem.values()) {
            if (coin()) {
                judgements.put(item, pick(BiasJudgement.values()));
            }
        }
        return new PreclinicalStudy(animals(), diseaseModel(), groups, maybe(this::scoreScale),
                maybe(() -> new SyrcleRiskOfBias(judgements)));
    }

    Study study() {
        StudyDesign design = coin() ? new StudyDesign.Clinical(trialDesign())
                : new StudyDesign.Preclinical(preclinicalStudy());
        return new Study(text("Study"), list(2, this::citation), design, list(1, this::registryId));
    }

    Finding finding() {
        Study study = study();
        List<Intervention> given = study.design() instanceof StudyDesign.Clinical c ? c.trial().interventions()
                : ((StudyDesign.Preclinical) study.design()).study().groups().stream()
                        .flatMap(g -> g.interventions().stream()).toList();
        Intervention intervention = pick(given);
        List<Outcome> outcomes = study.design() instanceof StudyDesign.Clinical c ? c.trial().outcomes() : List.of();
        Outcome outcome = outcomes.isEmpty() ? outcome() : pick(outcomes);
        Optional<Subjects> subjects = study.design() instanceof StudyDesign.Clinical
                ? maybe(() -> new Subjects.Patients(population()))
                : maybe(() -> new Subjects.AnimalModel(animals(), diseaseModel()));
        ComparisonResult result = comparisonResult();
        if (result.comparison() == Comparison.VS_PLACEBO) {
            result = new ComparisonResult(Comparison.VS_BASELINE, result.direction(), result.pValue(),
                    result.treatment(), result.comparator(), result.effect());
        }
        return new Finding(study, intervention, outcome, subjects, result);
    }
}
