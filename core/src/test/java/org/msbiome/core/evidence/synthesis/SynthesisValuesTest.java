package org.msbiome.core.evidence.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.msbiome.core.effect.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import org.msbiome.core.evidence.Author;
import org.msbiome.core.evidence.Citation;

/** The checks of the synthesis value types. */
class SynthesisValuesTest {
    private static final Citation CITATION = Citation.ofAuthors(List.of(Author.of("Aronson")), Year.of(1948));

    @Test
    void studyEffectNeedsAFiniteEstimateAndAPositiveVariance() {
        assertThatThrownBy(() -> StudyEffect.of("a", CITATION, "log RR", Double.NaN, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("estimate of 'a' is NaN; expected a finite number");
        assertThatThrownBy(() -> StudyEffect.of("a", CITATION, "log RR", 0.1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variance of 'a' is 0.0; expected a finite positive sampling variance");
        assertThatThrownBy(() -> StudyEffect.of("a", CITATION, "log RR", 0.1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variance of 'a' is Infinity; expected a finite positive sampling variance");
        assertThatThrownBy(() -> StudyEffect.of(" ", CITATION, "log RR", 0.1, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("study must not be blank");
        assertThatThrownBy(() -> StudyEffect.of("a", CITATION, null, 0.1, 0.1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("measure");
    }

    @Test
    void optionsCheckTheConfidenceLevel() {
        assertThat(PoolingOptions.defaults()).isEqualTo(new PoolingOptions(0.95, false, SignificanceTest.Z));
        assertThat(PoolingOptions.defaults().includingRetracted().includeRetracted()).isTrue();
        assertThatThrownBy(() -> PoolingOptions.defaults().withConfidenceLevel(95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidenceLevel 95.0 is out of range; expected a fraction above 0 and at most 0.999999, like 0.95");
        assertThatThrownBy(() -> PoolingOptions.defaults().withConfidenceLevel(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intervalNeedsOrderedFiniteBounds() {
        assertThat(ConfidenceInterval.of95(-1, 1).contains(0)).isTrue();
        assertThat(ConfidenceInterval.of95(-1, 1).contains(2)).isFalse();
        assertThatThrownBy(() -> ConfidenceInterval.of95(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence interval '1.0 to -1.0' has its upper limit below its lower limit; expected lower <= upper");
    }

    @Test
    void summaryRejectsInconsistentStatistics() {
        ConfidenceInterval ci = ConfidenceInterval.of95(-1, 1);
        assertThatThrownBy(() -> summary(PoolingMethod.FIXED_EFFECT, List.of("a"), 0, 0, 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("effects has 1 studies; expected at least 2 pooled studies");
        assertThatThrownBy(() -> summary(PoolingMethod.FIXED_EFFECT, List.of("a", "b"), 0.2, 1, 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tau2 0.2 is not 0; the fixed-effect model assumes tau2 = 0");
        assertThatThrownBy(() -> summary(PoolingMethod.REML, List.of("a", "b"), 0.2, 1, 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predictionInterval is missing for method REML; expected one exactly for a random-effects model");
        assertThatThrownBy(() -> summary(PoolingMethod.DERSIMONIAN_LAIRD, List.of("a", "b"), 0.2, 1, 101, Optional.of(ci)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("i2 101.0 is out of range; expected 0.0 to 100.0");
    }

    @Test
    void methodCodesAreMetaforNames() {
        assertThat(PoolingMethod.fromCode("REML")).isEqualTo(PoolingMethod.REML);
        assertThat(PoolingMethod.fromCode("DL").isRandomEffects()).isTrue();
        assertThat(PoolingMethod.fromCode("FE").isRandomEffects()).isFalse();
        assertThatThrownBy(() -> PoolingMethod.fromCode("reml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pooling method 'reml' is unknown; expected one of FE, DL, REML, HS, HE, SJ, ML, EB, PM");
        assertThat(ExclusionReason.fromCode("retracted")).isEqualTo(ExclusionReason.RETRACTED);
    }

    private static PooledSummary<String> summary(PoolingMethod method, List<String> labels, double tau2, int df,
            double i2, Optional<ConfidenceInterval> pi) {
        List<EffectEstimate> effects = labels.stream().map(l -> EffectEstimate.of(l, 0.1, 0.1)).toList();
        return new PooledSummary<>("log RR", method, SignificanceTest.Z, effects, List.of(), 0, 0.1,
                ConfidenceInterval.of95(-1, 1), 0, 1, tau2, Convergence.closedForm(), 0, df, 1, i2, pi, Optional.empty());
    }
}
