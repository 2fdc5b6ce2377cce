package org.msbiome.core.evidence.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.msbiome.core.evidence.Citation;
import org.msbiome.fixtures.PublishedStudies;

/**
 * Pooling over the reference MS probiotic trials (biology.md §5.1) leaves out Tamtaji 2017, retracted in
 * 2024 (PMID 38980210) after an expression of concern in 2022 (PMID 33155885).
 *
 * <p>The citations are real; the effect numbers are generated with a seeded Random, because what is tested
 * is which studies are pooled, not their values: Tamtaji 2017 reported no EDSS, and whether the ± values of
 * the other trials are SDs or SEs is not in our sources, so no real per-trial variance is available.
 */
class RetractedStudyPoolingTest {
    private static final String MEASURE = "mean difference";

    private static final Citation KOUCHAKI_2017 = PublishedStudies.KOUCHAKI_2017_CITATION;
    private static final Citation TAMTAJI_2017 = PublishedStudies.TAMTAJI_2017_CITATION;
    private static final Citation SALAMI_2019 = PublishedStudies.SALAMI_2019_CITATION;

    @Test
    void leavesOutTamtaji2017AndSaysSo() {
        Random random = new Random(2017);
        for (PoolingMethod method : PoolingMethod.values()) {
            List<StudyEffect<String>> effects = List.of(
                    generated("Kouchaki 2017", KOUCHAKI_2017, random),
                    generated("Tamtaji 2017", TAMTAJI_2017, random),
                    generated("Salami 2019", SALAMI_2019, random));

            PooledSummary<String> summary = MetaAnalysis.pool(effects, method);
            PooledSummary<String> withoutTamtaji = MetaAnalysis.pool(List.of(effects.get(0), effects.get(2)), method);

            assertThat(summary.included()).containsExactly("Kouchaki 2017", "Salami 2019");
            assertThat(summary.excluded()).containsExactly(new ExcludedStudy(
                    "Tamtaji 2017", ExclusionReason.RETRACTED, "Tamtaji OR 2017: retraction 2024 (38980210)"));
            assertThat(summary.estimate()).isEqualTo(withoutTamtaji.estimate());
            assertThat(summary.standardError()).isEqualTo(withoutTamtaji.standardError());

            PooledSummary<String> onPurpose =
                    MetaAnalysis.pool(effects, method, PoolingOptions.defaults().includingRetracted());
            assertThat(onPurpose.included()).containsExactly("Kouchaki 2017", "Tamtaji 2017", "Salami 2019");
            assertThat(onPurpose.excluded()).isEmpty();
        }
    }

    private static StudyEffect<String> generated(String study, Citation citation, Random random) {
        return StudyEffect.of(study, citation, MEASURE, random.nextGaussian(), 0.01 + random.nextDouble());
    }
}
