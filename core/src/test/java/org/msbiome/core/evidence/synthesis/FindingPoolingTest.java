package org.msbiome.core.evidence.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.EffectSizes;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.ReportedEffect;
import org.msbiome.core.effect.SdConversion;
import org.msbiome.core.evidence.Author;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.fixtures.PublishedStudies;

/**
 * Pooling findings of the reference trials (biology.md §5.1): the EDSS evidence of Kouchaki 2017
 * (DOI 10.1016/j.clnu.2016.08.015) and Salami 2019 (DOI 10.1016/j.jff.2018.10.023), and the immune findings
 * of Tamtaji 2017 (DOI 10.1080/07315724.2017.1347074, retracted 2024, PMID 38980210).
 */
class FindingPoolingTest {

    @Test
    void refusesTheEdssFindingsAsPublishedAndSaysWhatIsMissing() {
        List<Finding> edss = List.of(PublishedStudies.kouchaki2017Edss(), PublishedStudies.salami2019Edss());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolFindings(edss, PoolingMethod.REML))
                .withMessage("cannot pool the findings on Expanded Disability Status Scale: "
                        + "'Kouchaki 2017': it has no effect size, and the '±' of its group summaries is not stated to be "
                        + "an SD or an SE, so none can be computed without an assumption; "
                        + "'Salami 2019': it has no effect size, and the '±' of its group summaries is not stated to be "
                        + "an SD or an SE, so none can be computed without an assumption");
    }

    /**
     * ASSUMPTION, not in our sources: the "±" of both trials' EDSS changes is taken to be an SD. The
     * assumption is recorded in each effect's Computation ({@link SdConversion#ASSUMED_SD_FROM_UNSTATED_PLUS_MINUS}).
     */
    @Test
    void poolsTheEdssFindingsUnderTheRecordedAssumptionThatPlusMinusIsSd() {
        List<Finding> edss = List.of(assumingSd(PublishedStudies.kouchaki2017Edss()),
                assumingSd(PublishedStudies.salami2019Edss()));

        assertThat(edss).allSatisfy(f -> assertThat(f.effect()).get()
                .isInstanceOfSatisfying(ComputedEffect.class, e -> {
                    assertThat(e.computation().treatmentSd()).contains(SdConversion.ASSUMED_SD_FROM_UNSTATED_PLUS_MINUS);
                    assertThat(e.computation().controlSd()).contains(SdConversion.ASSUMED_SD_FROM_UNSTATED_PLUS_MINUS);
                    assertThat(e.estimate()).isNegative();
                }));

        PooledSummary<EffectMeasure> fixed = MetaAnalysis.poolFindings(edss, PoolingMethod.FIXED_EFFECT);
        PooledSummary<EffectMeasure> reml = MetaAnalysis.poolFindings(edss, PoolingMethod.REML);

        double[] y = edss.stream().mapToDouble(f -> f.effect().orElseThrow().estimate()).toArray();
        double[] v = edss.stream().mapToDouble(f -> ((ComputedEffect) f.effect().orElseThrow()).variance()).toArray();
        double inverseVarianceMean = (y[0] / v[0] + y[1] / v[1]) / (1 / v[0] + 1 / v[1]);
        assertThat(fixed.estimate()).isCloseTo(inverseVarianceMean, within(1e-12));
        assertThat(fixed.measure()).isEqualTo(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE);
        assertThat(reml.included()).containsExactly("Kouchaki 2017", "Salami 2019");
        assertThat(reml.excluded()).isEmpty();
        // as in the published meta-analysis (Jiang 2021, I² 92%), the trials disagree strongly
        assertThat(reml.i2()).isGreaterThan(90);
    }

    @Test
    void refusesFindingsOnDifferentOutcomes() {
        List<Finding> mixed = List.of(PublishedStudies.kouchaki2017Edss(), PublishedStudies.tamtaji2017Immune().get(1));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolFindings(mixed, PoolingMethod.DERSIMONIAN_LAIRD))
                .withMessage("findings are on different outcomes [Expanded Disability Status Scale, TNF-α in pbmc-mrna]; "
                        + "findings on different outcomes are never pooled together");
    }

    @Test
    void refusesFindingsWhoseEffectMeasuresDiffer() {
        Finding kouchakiMd = PublishedStudies.kouchaki2017Edss().withResult(PublishedStudies.kouchaki2017Edss().result()
                .withEffect(EffectSizes.meanDifferenceAssumingPlusMinusIsSd(groups(PublishedStudies.kouchaki2017Edss())[0],
                        groups(PublishedStudies.kouchaki2017Edss())[1])));
        List<Finding> mixed = List.of(kouchakiMd, assumingSd(PublishedStudies.salami2019Edss()));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolFindings(mixed, PoolingMethod.REML))
                .withMessage("effects have different measures [MEAN_DIFFERENCE, STANDARDIZED_MEAN_DIFFERENCE]; "
                        + "effects on different measures are never pooled together");
    }

    @Test
    void leavesOutTamtaji2017WhenItIsAloneAndSaysWhy() {
        List<Finding> il8 = List.of(PublishedStudies.tamtaji2017Immune().get(0));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolFindings(il8, PoolingMethod.REML))
                .withMessage("only 0 of 1 studies remain after leaving out 1 "
                        + "[Tamtaji OR 2017: retraction 2024 (38980210)]; expected at least 2 studies to pool");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolFindings(il8, PoolingMethod.REML, PoolingOptions.defaults().includingRetracted()))
                .withMessage("cannot pool the findings on IL-8 in pbmc-mrna: 'Tamtaji 2017': it has no effect size and no "
                        + "group summaries; it was published as a direction and a P value only");
    }

    /**
     * Tamtaji 2017's real IL-8 finding pooled with two SYNTHETIC trials on the same outcome (no other
     * published trial measured IL-8 mRNA in PBMC; their effects are generated with a seeded Random): the
     * summary leaves Tamtaji 2017 out, says why, and pools it only when asked on purpose.
     */
    @Test
    void aSummaryOverFindingsThatIncludeTamtaji2017LeavesItOutAndSaysSo() {
        Finding tamtaji = PublishedStudies.tamtaji2017Immune().get(0);
        Random random = new Random(2024);
        List<Finding> findings = List.of(synthetic("Synthetic A", tamtaji.outcome(), random), tamtaji,
                synthetic("Synthetic B", tamtaji.outcome(), random));

        for (PoolingMethod method : PoolingMethod.values()) {
            PooledSummary<EffectMeasure> summary = MetaAnalysis.poolFindings(findings, method);

            assertThat(summary.included()).containsExactly("Synthetic A", "Synthetic B");
            assertThat(summary.excluded()).containsExactly(new ExcludedStudy(
                    "Tamtaji 2017", ExclusionReason.RETRACTED, "Tamtaji OR 2017: retraction 2024 (38980210)"));
            assertThat(summary.estimate()).isEqualTo(MetaAnalysis.poolFindings(
                    List.of(findings.get(0), findings.get(2)), method).estimate());
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolFindings(findings, PoolingMethod.REML,
                        PoolingOptions.defaults().includingRetracted()))
                .withMessageContaining("'Tamtaji 2017': it has no effect size");
    }

    /**
     * A change from baseline within the probiotic arm is not a difference between groups: pooling leaves it
     * out and says why. (Salami 2019's EDSS result compares the arms; it is relabelled here only to show the
     * refusal.)
     */
    @Test
    void refusesAWithinGroupChangeAsABetweenGroupEffectAndSaysWhy() {
        Finding salami = assumingSd(PublishedStudies.salami2019Edss());
        Finding withinGroup = salami.withResult(new ComparisonResult(Comparison.VS_BASELINE, salami.result().direction(),
                salami.result().pValue(), salami.result().treatment(), salami.result().comparator(),
                salami.result().effect()));
        List<Finding> edss = List.of(assumingSd(PublishedStudies.kouchaki2017Edss()), withinGroup);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MetaAnalysis.poolFindings(edss, PoolingMethod.REML))
                .withMessage("only 1 of 2 studies remain after leaving out 1 ['Salami 2019' reports a change from "
                        + "baseline within the intervention group, not a difference between groups; it is not pooled "
                        + "as a between-group effect]; expected at least 2 studies to pool");
    }

    /** A result whose source names no comparator ("Probiotic resulted in ...") is left out with its reason. */
    @Test
    void leavesOutAResultWhoseComparatorIsNotStated() {
        Outcome outcome = PublishedStudies.tamtaji2017Immune().get(0).outcome();
        Random random = new Random(17);
        Finding unstated = synthetic("Synthetic C", outcome, random);
        unstated = unstated.withResult(new ComparisonResult(Comparison.NOT_STATED, unstated.result().direction(),
                unstated.result().pValue(), Optional.empty(), Optional.empty(), unstated.result().effect()));
        List<Finding> findings = List.of(synthetic("Synthetic A", outcome, random), unstated,
                synthetic("Synthetic B", outcome, random));

        PooledSummary<EffectMeasure> summary = MetaAnalysis.poolFindings(findings, PoolingMethod.REML);

        assertThat(summary.included()).containsExactly("Synthetic A", "Synthetic B");
        assertThat(summary.excluded()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.COMPARATOR_NOT_STATED);
            assertThat(e.explanation()).contains("names no comparator");
        });
    }

    @Test
    void aReportedEffectPoolsWithTheVarianceOfItsInterval() {
        Finding finding = synthetic("Synthetic A", PublishedStudies.tamtaji2017Immune().get(0).outcome(), new Random(1));
        ReportedEffect effect = (ReportedEffect) finding.effect().orElseThrow();
        double se = (effect.confidenceInterval().orElseThrow().upper() - effect.confidenceInterval().orElseThrow().lower())
                / (2 * 1.959963984540054);

        StudyEffect<EffectMeasure> adapted = StudyEffect.ofFinding(finding);

        assertThat(adapted.variance()).isCloseTo(se * se, within(1e-12));
        assertThat(adapted.study()).isEqualTo("Synthetic A");
        assertThat(adapted.measure()).isEqualTo(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE);
    }

    private static Finding assumingSd(Finding finding) {
        MeanSummary[] groups = groups(finding);
        return finding.withResult(finding.result()
                .withEffect(EffectSizes.standardizedMeanDifferenceAssumingPlusMinusIsSd(groups[0], groups[1])));
    }

    private static MeanSummary[] groups(Finding finding) {
        return new MeanSummary[] {
            (MeanSummary) finding.result().treatment().orElseThrow(),
            (MeanSummary) finding.result().comparator().orElseThrow()
        };
    }

    /** A synthetic placebo-controlled trial on {@code outcome} with a generated reported SMD; not published. */
    private static Finding synthetic(String label, Outcome outcome, Random random) {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED)
                .intervention(ProbioticIntervention.undescribed("probiotic", Regimen.notReported()))
                .intervention(new Placebo("placebo", Optional.empty(), Regimen.notReported()))
                .arm(Arm.of("probiotic", ArmType.EXPERIMENTAL, "probiotic"))
                .arm(Arm.of("placebo", ArmType.PLACEBO_COMPARATOR, "placebo"))
                .outcome(outcome)
                .build();
        Study study = Study.of(label, Citation.ofAuthors(List.of(Author.of(label)), Year.of(2000)), design);
        double estimate = random.nextGaussian();
        double half = 0.2 + random.nextDouble();
        Finding template = PublishedStudies.tamtaji2017Immune().get(0);
        return Finding.of(study, "probiotic", outcome, template.result()
                .withEffect(ReportedEffect.of95(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE, estimate,
                        estimate - half, estimate + half)));
    }
}
