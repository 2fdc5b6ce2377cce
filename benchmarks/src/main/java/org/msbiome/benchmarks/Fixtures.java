package org.msbiome.benchmarks;

import java.util.List;
import java.util.Random;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.measure.TimePoint;
import org.msbiome.core.measure.UcumUnit;
import org.msbiome.fixtures.PublishedStudies;

/**
 * The benchmark inputs: the published-study fixtures of {@code test-fixtures} (compiled into this module,
 * see {@code test-fixtures/README.md}) and a synthetic NDJSON stream derived from them.
 */
final class Fixtures {
    private Fixtures() {}

    /** Kouchaki E et al. 2017: the trial design of the shared fixtures. */
    static TrialDesign kouchaki2017() {
        return PublishedStudies.kouchaki2017Design();
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

    private static final List<ImmuneEffect> KOUCHAKI_EFFECTS = PublishedStudies.kouchaki2017Effects();

    private static MeanSummary moved(MeanSummary summary, Random random) {
        double mean = Math.round((summary.mean() + random.nextGaussian() * 0.5) * 100) / 100.0;
        double spread = Math.round((((Spread.Unspecified) summary.spread()).value() * (0.5 + random.nextDouble())) * 100) / 100.0;
        return MeanSummary.ofPlusMinus(20 + random.nextInt(21), mean, Math.max(0.01, spread));
    }
}
