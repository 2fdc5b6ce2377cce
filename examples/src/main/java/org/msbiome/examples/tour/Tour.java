package org.msbiome.examples.tour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.msbiome.core.diversity.AlphaMeasure;
import org.msbiome.core.diversity.BetaMeasure;
import org.msbiome.core.diversity.DistanceMatrix;
import org.msbiome.core.diversity.LogBase;
import org.msbiome.core.diversity.ProfileDiversity;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.io.biom.Biom;
import jakarta.validation.ConstraintViolation;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.EffectSizes;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.evidence.EvidenceSubjects;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.GradeAssessment;
import org.msbiome.core.evidence.GradeDowngrade;
import org.msbiome.core.evidence.GradeDowngradeDomain;
import org.msbiome.core.evidence.GradeStartingDesign;
import org.msbiome.core.evidence.OcebmLevel;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.evidence.StudyDesign;
import org.msbiome.core.evidence.synthesis.PooledSummary;
import org.msbiome.core.evidence.synthesis.PoolingMethod;
import org.msbiome.core.immune.Biomarkers;
import org.msbiome.core.measure.UcumUnit;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.population.BackgroundTherapy;
import org.msbiome.examples.catalog.Catalog;
import org.msbiome.examples.summary.EvidenceSummary;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.ReadResult;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.formulation.UnitSize;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.TaxonName;
import org.msbiome.core.taxonomy.Taxonomy;
import org.msbiome.core.validation.MsbiomeValidation;

/**
 * A guided tour of the msbiome vocabulary, printed as text: the README's run command. Each section is
 * a short, self-contained example; {@code TourTest} checks the whole output against a golden file, so
 * the tour cannot drift from what the library does.
 */
public final class Tour {
    private final PrintWriter out;

    private Tour(PrintWriter out) {
        this.out = out;
    }

    /**
     * Prints the tour to {@code out}.
     *
     * @param out where the tour is written
     */
    public static void run(PrintWriter out) {
        Tour tour = new Tour(out);
        tour.names();
        tour.strains();
        tour.formulations();
        tour.validation();
        tour.trialDesign();
        tour.effectSize();
        tour.problemReport();
        tour.evidence();
        tour.microbiome();
        out.flush();
    }

    private void heading(String title) {
        out.println();
        out.println("== " + title);
    }

    /** A 2017 paper writes "Lactobacillus rhamnosus"; since Zheng et al. 2020 it is Lacticaseibacillus. */
    private void names() {
        heading("1. Names: the 2020 Lactobacillus split");
        NameResolution resolution = Taxonomy.resolve("Lactobacillus rhamnosus");
        out.println("A 2017 paper says:   Lactobacillus rhamnosus");
        out.println("msbiome stores:      " + resolution.taxon().name().full()
                + resolution.taxon().ncbiTaxonId().map(id -> " (NCBI Taxonomy " + id.value() + ")").orElse(""));
        out.println("because:             " + resolution.reclassification().orElseThrow());
        out.println("old name == new name: "
                + Taxon.parse("Lactobacillus rhamnosus").equals(Taxon.parse("Lacticaseibacillus rhamnosus")));
        out.println("former names:        " + resolution.taxon().formerNames().stream()
                .map(TaxonName::full).toList());
        out.println("\"L. rhamnosus\" ->     " + Taxonomy.resolve("L. rhamnosus").taxon().name().full());
        try {
            Taxonomy.resolve("L. lactis");
        } catch (IllegalArgumentException ambiguous) {
            out.println("\"L. lactis\"    ->     " + ambiguous.getMessage());
        }
    }

    /** Deposits in culture collections identify a strain, however a paper spells them. */
    private void strains() {
        heading("2. Strains and culture-collection deposits");
        for (String spelling : List.of("ATCC 53103", "ATCC53103", "atcc-53103")) {
            out.printf("%-12s -> %s%n", spelling, Deposit.parse(spelling));
        }
        Strain lgg = Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG;
        out.println("LGG:                 " + lgg);
        Strain asFirstNamed = Strain.of(Taxon.parse("Lactobacillus acidophilus"), "GG", Deposit.parse("ATCC53103"));
        out.println("\"L. acidophilus GG, ATCC53103\" is LGG: " + asFirstNamed.isSameStrainAs(lgg));
    }

    /** A published formulation, with what its paper does not say left absent. */
    private void formulations() {
        heading("3. Formulations and doses");
        Strength each = Strength.parse("2 × 10^9 CFU/g");
        Formulation kouchaki = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strain.of(Taxon.parse("Lactobacillus acidophilus")), each)
                .component(Strain.of(Taxon.parse("Lactobacillus casei")), each)
                .component(Strain.of(Taxon.parse("Bifidobacterium bifidum")), each)
                .component(Strain.of(Taxon.parse("Lactobacillus fermentum")), each)
                .build();
        out.println("Kouchaki 2017 (doi:10.1016/j.clnu.2016.08.015): a capsule, 2 × 10^9 CFU/g of each of");
        kouchaki.components().forEach(c -> out.println("  " + c.strain().taxon().name().full()));
        out.println("daily dose: " + kouchaki.totalDailyDose());

        Formulation complete = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, each)
                .unitSize(UnitSize.grams("0.5"))
                .unitsPerDay(BigDecimal.valueOf(2))
                .build();
        out.println("A hypothetical 0.5 g LGG capsule, 2 a day: " + complete.totalDailyDose());
    }

    /** Rules that depend on context are Bean Validation constraints: problems are data, with a path. */
    private void validation() {
        heading("4. Validation problems are data");
        Strength each = Strength.parse("10^9 CFU/capsule");
        Formulation twice = Formulation.builder(FormulationKind.SYNBIOTIC, DeliveryForm.CAPSULE)
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, each)
                .component(Strain.ofDeposits(Taxon.parse("Lactobacillus rhamnosus"), Deposit.parse("ATCC-53103")), each)
                .build();
        List<ConstraintViolation<Formulation>> problems = MsbiomeValidation.validator().validate(twice).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Formulation> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .toList();
        out.println("A synbiotic with LGG listed twice (once under its old name) and no prebiotic:");
        problems.forEach(v -> out.println("  " + v.getPropertyPath() + ": " + v.getMessage()));
    }

    /** A published trial's design, with what its sources do not say left empty. */
    private void trialDesign() {
        heading("5. A trial design: Kouchaki 2017");
        out.println("What the sources state about the trial, as a TrialDesign; what they do not state stays empty.");
        Study kouchaki = kouchaki();
        TrialDesign design = ((StudyDesign.Clinical) kouchaki.design()).trial();
        out.println("cited as:     " + kouchaki.primaryCitation().label() + ", doi:"
                + kouchaki.primaryCitation().doi().orElseThrow() + ", PMID " + kouchaki.primaryCitation().pmid().orElseThrow());
        out.println("design:       " + design.studyType().code() + ", " + design.allocation().map(Allocation::code).orElse("?")
                + ", masking " + design.masking().map(m -> m.masking().code()).orElse("?")
                + ", " + design.enrollment().map(e -> e.count() + " enrolled").orElse("enrolment not given"));
        out.println("population:   " + design.population().map(p -> p.phenotypes().stream().map(c -> c.phenotype().code()).toList()
                + " on " + p.backgroundTherapies().stream().map(BackgroundTherapy::name).toList()).orElse("?"));
        design.arms().forEach(arm -> out.println("arm:          " + arm.label() + " (" + arm.type().code() + "), "
                + arm.participants().map(n -> n + " participants").orElse("size not given") + ": "
                + design.interventionsOf(arm).stream().map(Intervention::name).toList()));
        out.println("outcomes:     " + design.outcomes().stream().map(o -> o.measure().title()).toList());
        out.println("not stated:   phase " + design.phases() + ", registry IDs " + design.registrations()
                + ", who was masked " + design.masking().orElseThrow().whoMasked());
        out.println("OCEBM level:  " + OcebmLevel.forTreatmentBenefit(kouchaki).map(l -> l.code() + " (" + l.evidence() + ")")
                .orElse("not decided by the design"));
    }

    /** An effect size is computed from group summaries, and an assumption it needs is recorded in it. */
    private void effectSize() {
        heading("6. An immune effect and its effect size");
        out.println("Kouchaki 2017 reports hs-CRP changes as mean ± x per group; the paper's '±' kind is not in our sources.");
        Finding hsCrp = Catalog.bundled().findingsOn(new MarkerMeasure(Biomarkers.HS_CRP, Optional.empty(),
                Optional.of(UcumUnit.MICROGRAM_PER_MILLILITRE))).get(0);
        ComparisonResult result = hsCrp.result();
        MeanSummary probiotic = (MeanSummary) result.treatment().orElseThrow();
        MeanSummary placebo = (MeanSummary) result.comparator().orElseThrow();
        out.println("as published: " + result.direction().code() + " " + result.comparison().code() + ", "
                + result.pValue().orElseThrow() + "; probiotic " + group(probiotic) + ", placebo " + group(placebo));
        ComputedEffect md = EffectSizes.meanDifferenceAssumingPlusMinusIsSd(probiotic, placebo);
        ComputedEffect smd = EffectSizes.standardizedMeanDifferenceAssumingPlusMinusIsSd(probiotic, placebo);
        out.printf(Locale.ROOT, "MD  = %.2f μg/mL [%.2f, %.2f]%n", md.estimate(), md.confidenceInterval().lower(),
                md.confidenceInterval().upper());
        out.printf(Locale.ROOT, "SMD = %.2f [%.2f, %.2f] (Hedges' g)%n", smd.estimate(), smd.confidenceInterval().lower(),
                smd.confidenceInterval().upper());
        out.println("recorded in each: SD of each group " + md.computation().treatmentSd().orElseThrow().code()
                + ", so a reader knows the assumption was made");
    }

    /** The reader reports every problem of a document at once, with JSON Pointers. */
    private void problemReport() {
        heading("7. A document with mistakes, and its problem report");
        String document = """
                {"format": "msbiome", "version": "1.0", "kind": "strain",
                 "strain": {"taxon": {"name": {"genus": "Lacticaseibacillus", "species": "rhamnosus"},
                                      "ncbiTaxonId": -47715},
                            "designation": "GG",
                            "deposits": [{"collection": "ATCC", "accession": "53103", "typeStrain": "no"}],
                            "colour": "white"}}
                """;
        out.println("A strain document with three mistakes; MsbiomeJson.reader() finds all of them in one pass:");
        document.lines().forEach(l -> out.println("  | " + l));
        ReadResult<Strain> read = MsbiomeJson.reader().read(document, Strain.class);
        read.problems().forEach(p -> out.println("  " + p));
        out.println("The same report from the command line (the document is in the source tree):");
        out.println("  msbiome validate examples/data/strain-with-mistakes.json   (exit code 1)");
    }

    /** The evidence for one outcome: findings, pooling, retracted studies left out, GRADE. */
    private void evidence() {
        heading("8. The evidence for one outcome: EDSS");
        out.println("The catalog's EDSS findings, pooled; retracted studies are left out, the reported statistics are checked");
        out.println("for plausibility (GRIM, GRIMMER, SD bounds, an SD that looks like an SE), and GRADE rates the certainty.");
        Catalog catalog = Catalog.bundled();
        EvidenceSummary edss = EvidenceSummary.of(StandardMeasure.EDSS, catalog.findingsOn(StandardMeasure.EDSS),
                EffectMeasure.MEAN_DIFFERENCE, PoolingMethod.REML, true, catalog.publishedPooledResultsOn(StandardMeasure.EDSS));
        edss.toText().forEach(l -> out.println("  " + l));
        List<Study> retracted = catalog.studies().stream().filter(Study::isRetracted).toList();
        for (Study study : retracted) {
            boolean onEdss = catalog.findingsOn(StandardMeasure.EDSS).stream().anyMatch(f -> f.study().equals(study));
            out.println("Retracted in the catalog: " + study.label() + " (" + study.retraction().orElseThrow().describe()
                    + "): left out of every pooled estimate" + (onEdss ? "" : "; it reported no EDSS"));
        }
        PooledSummary<EffectMeasure> pooled = edss.pooled().orElseThrow();
        int enrolled = catalog.findingsOn(StandardMeasure.EDSS).stream()
                .filter(f -> pooled.included().contains(f.study().label()))
                .mapToInt(f -> ((StudyDesign.Clinical) f.study().design()).trial().enrollment().orElseThrow().count())
                .sum();
        GradeAssessment grade = GradeAssessment.of("EDSS", GradeStartingDesign.RANDOMIZED_TRIALS, EvidenceSubjects.HUMANS)
                .withDowngrade(GradeDowngrade.verySerious(GradeDowngradeDomain.INCONSISTENCY,
                        String.format(Locale.ROOT, "I² = %.0f%% between the pooled trials", pooled.i2())))
                .withDowngrade(GradeDowngrade.serious(GradeDowngradeDomain.IMPRECISION,
                        pooled.studies() + " small trials, " + enrolled + " people enrolled"));
        out.println("GRADE (an example rating made here, not a published one): starts "
                + grade.startingCertainty().code() + ", " + grade.downgrades().stream()
                        .map(d -> "-" + d.levels() + " " + d.domain().code() + " (" + d.rationale() + ")").toList()
                + " → " + grade.certainty().code());
        out.println("Jiang 2021 (doi:10.1039/d0fo03203d) rated its EDSS evidence: very low certainty.");
        out.println("The forest plot: msbiome summarize EDSS --assume-sd --svg edss.svg");
    }

    /** The rich biom-format example: its profile, alpha diversity and one beta distance. */
    private void microbiome() {
        heading("9. Microbiome: a BIOM table and its diversity");
        CommunityProfile profile;
        try (InputStream in = Tour.class.getResourceAsStream("rich_sparse_otu_table.biom")) {
            profile = Biom.readJson(new String(Objects.requireNonNull(in, "rich_sparse_otu_table.biom").readAllBytes(),
                    StandardCharsets.UTF_8), null).profile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("biom-format's rich example (BIOM 1.0): " + profile);
        Feature first = profile.features().get(0);
        out.println(first.id() + ": " + first.lineage().orElseThrow());
        out.println("Alpha diversity (Shannon in nats; Simpson is 1 − D):");
        List<AlphaMeasure> measures = List.of(AlphaMeasure.OBSERVED, AlphaMeasure.SHANNON, AlphaMeasure.SIMPSON);
        for (ProfileDiversity.SampleAlpha row : ProfileDiversity.alpha(profile, measures, LogBase.E, null)) {
            out.println(String.format(Locale.ROOT, "  %-8s observed %.0f  shannon %.4f  simpson %.4f", row.sampleId(),
                    row.results().get(0).value(), row.results().get(1).value(), row.results().get(2).value()));
        }
        DistanceMatrix bc = ProfileDiversity.beta(profile, BetaMeasure.BRAY_CURTIS, null);
        out.println(String.format(Locale.ROOT, "Bray–Curtis, Sample1 vs Sample2: %.4f", bc.get("Sample1", "Sample2")));
        out.println("The same from the command line: msbiome diversity rich_sparse_otu_table.biom --beta braycurtis");
    }

    private static String group(MeanSummary group) {
        return group.mean() + " ± " + ((Spread.Unspecified) group.spread()).value() + group.n().map(n -> " (n = " + n + ")").orElse("");
    }

    private static Study kouchaki() {
        return Catalog.bundled().studies().stream().filter(s -> s.label().equals("Kouchaki 2017")).findFirst().orElseThrow();
    }
}
