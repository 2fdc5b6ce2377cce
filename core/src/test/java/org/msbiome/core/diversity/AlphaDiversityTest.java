package org.msbiome.core.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Alpha diversity against independent reference values: the cross-checked vegan 2.6-4 / scikit-bio figures of
 * {@code shared/reference/diversity/README.md} (to 1e-12) and scikit-bio's own test vectors
 * ({@code skbio/diversity/alpha/tests/test_base.py}, {@code test_chao1.py}, {@code test_pd.py} at commit 2068527a,
 * to their 7 decimals unless they assert equality).
 */
class AlphaDiversityTest {
    /** scikit-bio's {@code self.counts}; the README's cross-checked vector. */
    private static final double[] X = {0, 1, 1, 4, 2, 5, 2, 4, 1, 2};
    private static final double SKBIO = 1e-7;

    @Test
    void reproducesVeganAndScikitBioCrossCheckedValues() {
        assertThat(AlphaDiversity.observed(X)).isEqualTo(9);
        assertThat(AlphaDiversity.shannon(X, LogBase.E)).isCloseTo(2.032113929063348, within(1e-12));
        assertThat(AlphaDiversity.shannon(X, LogBase.TWO)).isCloseTo(2.931720687981079, within(1e-12));
        assertThat(AlphaDiversity.simpson(X)).isCloseTo(0.851239669421488, within(1e-12));
        assertThat(AlphaDiversity.inverseSimpson(X)).isCloseTo(6.722222222222222, within(1e-12));
        assertThat(AlphaDiversity.pielou(X)).isCloseTo(0.924854905604123, within(1e-12));
        assertThat(AlphaDiversity.chao1(X, true)).isCloseTo(9.75, within(1e-12));
        assertThat(AlphaDiversity.chao1(X, false)).isCloseTo(10.5, within(1e-12));
        assertThat(AlphaDiversity.ace(X)).isCloseTo(10.865057380292837, within(1e-12));
    }

    @Test
    void shannonFollowsScikitBio() {
        assertThat(AlphaDiversity.shannon(new double[] {5, 5}, LogBase.E)).isCloseTo(0.693147181, within(SKBIO));
        assertThat(AlphaDiversity.shannon(new double[] {5, 5}, LogBase.TWO)).isEqualTo(1.0);
        assertThat(AlphaDiversity.shannon(new double[] {5, 5}, LogBase.TEN)).isCloseTo(0.301029996, within(SKBIO));
        assertThat(AlphaDiversity.shannon(new double[] {1, 2, 3, 4}, LogBase.E)).isCloseTo(1.279854226, within(SKBIO));
        assertThat(AlphaDiversity.shannon(new double[] {0, 1, 2, 3, 4}, LogBase.E)).isCloseTo(1.279854226, within(SKBIO));
        assertThat(AlphaDiversity.shannon(new double[] {5}, LogBase.E)).isEqualTo(0.0);
        assertThat(AlphaDiversity.shannon(new double[] {0, 0}, LogBase.E)).isNaN();
        assertThat(AlphaDiversity.shannon(new double[] {}, LogBase.E)).isNaN();
    }

    @Test
    void simpsonDominanceAndInverseFollowScikitBio() {
        double[] v = {1, 0, 2, 5, 2};
        assertThat(AlphaDiversity.simpson(v)).isCloseTo(0.66, within(SKBIO));
        assertThat(AlphaDiversity.simpson(new double[] {5})).isEqualTo(0.0);
        assertThat(AlphaDiversity.simpson(new double[] {0, 0})).isNaN();
        assertThat(AlphaDiversity.dominance(new double[] {5})).isEqualTo(1.0);
        assertThat(AlphaDiversity.dominance(v)).isCloseTo(0.34, within(SKBIO));
        assertThat(AlphaDiversity.dominance(new double[] {0, 0})).isNaN();
        assertThat(AlphaDiversity.inverseSimpson(new double[] {1, 1, 1, 1, 1, 1})).isCloseTo(6, within(SKBIO));
        assertThat(AlphaDiversity.inverseSimpson(new double[] {13, 13, 13, 13})).isCloseTo(4, within(SKBIO));
        double[] arr = {1, 41, 0, 0, 12, 13};
        double sum = 67;
        double d = 0;
        for (double a : arr) {
            d += (a / sum) * (a / sum);
        }
        assertThat(AlphaDiversity.inverseSimpson(arr)).isCloseTo(1 / d, within(SKBIO));
        assertThat(AlphaDiversity.inverseSimpson(v)).isCloseTo(1 / 0.34, within(SKBIO));
        assertThat(AlphaDiversity.inverseSimpson(new double[] {0, 0})).isNaN();
    }

    @Test
    void pielouFollowsScikitBio() {
        double[] arr = {1, 2, 3, 1};
        assertThat(AlphaDiversity.pielou(arr))
                .isCloseTo(AlphaDiversity.shannon(arr, LogBase.E) / Math.log(4), within(SKBIO));
        assertThat(AlphaDiversity.pielou(X)).isCloseTo(0.92485490560, within(SKBIO));
        assertThat(AlphaDiversity.pielou(new double[] {1, 1})).isCloseTo(1.0, within(SKBIO));
        assertThat(AlphaDiversity.pielou(new double[] {1, 1, 1, 1})).isCloseTo(1.0, within(SKBIO));
        assertThat(AlphaDiversity.pielou(new double[] {1, 1, 1, 1, 0, 0})).isCloseTo(1.0, within(SKBIO));
        assertThat(AlphaDiversity.pielou(new double[] {1, 1, 196, 1, 1})).isCloseTo(0.078, within(1e-3));
        assertThat(AlphaDiversity.pielou(new double[] {5})).isEqualTo(1.0);
        assertThat(AlphaDiversity.pielou(new double[] {0, 0})).isNaN();
    }

    @Test
    void observedFollowsScikitBio() {
        assertThat(AlphaDiversity.observed(new double[] {4, 3, 4, 0, 1, 0, 2})).isEqualTo(5);
        assertThat(AlphaDiversity.observed(new double[] {0, 0, 0})).isEqualTo(0);
    }

    @Test
    void chao1FollowsScikitBio() {
        double[] noSingles = {0, 2, 2, 4, 5, 0, 0, 0, 0, 0};
        double[] noDoubles = {0, 1, 1, 4, 5, 0, 0, 0, 0, 0};
        assertThat(AlphaDiversity.chao1(noSingles, true)).isEqualTo(4.0);
        assertThat(AlphaDiversity.chao1(noSingles, false)).isEqualTo(4.0);
        assertThat(AlphaDiversity.chao1(noDoubles, true)).isEqualTo(5.0);
        assertThat(AlphaDiversity.chao1(noDoubles, false)).isEqualTo(5.0);
    }

    @Test
    void classicChao1WithoutDoubletonsRecordsTheBiasCorrectedFormula() {
        AlphaResult r = AlphaDiversity.compute(AlphaMeasure.CHAO1_CLASSIC, LogBase.E,
                new double[] {0, 1, 1, 4, 5}, null);
        assertThat(r).isEqualTo(new AlphaResult(AlphaMeasure.CHAO1, Optional.empty(), 5.0));
        assertThat(AlphaDiversity.compute(AlphaMeasure.CHAO1_CLASSIC, LogBase.E, X, null).measure())
                .isEqualTo(AlphaMeasure.CHAO1_CLASSIC);
    }

    @Test
    void shannonResultRecordsItsBase() {
        assertThat(AlphaDiversity.compute(AlphaMeasure.SHANNON, LogBase.TWO, new double[] {5, 5}, null))
                .isEqualTo(new AlphaResult(AlphaMeasure.SHANNON, Optional.of(LogBase.TWO), 1.0));
    }

    @Test
    void emptySamplesGiveTheDocumentedValues() {
        double[] empty = {0, 0, 0, 0, 0};
        PhylogeneticTree.Tips tips = FaithPdTest.T1.tipsOf(FaithPdTest.OTUS);
        for (AlphaMeasure m : AlphaMeasure.values()) {
            double v = AlphaDiversity.compute(m, LogBase.E, empty, tips).value();
            switch (m) {
                case OBSERVED, CHAO1, CHAO1_CLASSIC, ACE, FAITH_PD -> assertThat(v).as(m.code()).isEqualTo(0.0);
                default -> assertThat(v).as(m.code()).isNaN();
            }
        }
    }

    @Test
    void aceIsNaNWhenEveryRareFeatureIsASingleton() {
        assertThat(AlphaDiversity.ace(new double[] {1, 1, 1, 50})).isNaN();
        assertThat(AlphaDiversity.ace(new double[] {20, 50})).isEqualTo(2.0);
    }

    @Test
    void countEstimatorsRejectRelativeAbundances() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AlphaDiversity.chao1(new double[] {0.25, 0.75}, true))
                .withMessage("value 0.25 at position 0 is not an integer; Chao1 and ACE need counts, not relative abundances");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AlphaDiversity.compute(AlphaMeasure.SHANNON, LogBase.E, new double[] {1, -1}, null))
                .withMessageContaining("negative or not finite");
    }

    @Test
    void codesRoundTrip() {
        for (AlphaMeasure m : AlphaMeasure.values()) {
            assertThat(AlphaMeasure.fromCode(m.code())).isEqualTo(m);
        }
        assertThat(List.of(LogBase.values()).stream().map(LogBase::code)).containsExactly("e", "2", "10");
    }
}
