package org.msbiome.core.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Faith's PD against scikit-bio's {@code test_pd.py} (commit 2068527a; values derived from QIIME 1.9.1, an
 * independent implementation) and the README's cross-checked figures (vegan 2.6-4 / scikit-bio agree).
 */
class FaithPdTest {
    static final PhylogeneticTree T1 = PhylogeneticTree.parseNewick(
            "(((((OTU1:0.5,OTU2:0.5):0.5,OTU3:1.0):1.0):0.0,(OTU4:0.75,OTU5:0.75):1.25):0.0)root;");
    static final List<String> OTUS = List.of("OTU1", "OTU2", "OTU3", "OTU4", "OTU5");
    static final double[][] B1 = {
        {1, 3, 0, 1, 0}, {0, 2, 0, 4, 4}, {0, 0, 6, 2, 1}, {0, 0, 1, 1, 1}, {2, 0, 3, 0, 0}};

    private static double pd(double[] counts, PhylogeneticTree tree, List<String> otus) {
        return AlphaDiversity.faithPd(counts, tree.tipsOf(otus));
    }

    @Test
    void reproducesQiime191DerivedValues() {
        double[] expected = {4.5, 4.75, 4.75, 4.75, 3.0};
        for (int i = 0; i < B1.length; i++) {
            assertThat(pd(B1[i], T1, OTUS)).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void reproducesTheReadmeSamplesAThroughF() {
        double[][] samples = {{1, 3, 0, 1, 0}, {0, 2, 0, 4, 4}, {0, 0, 6, 2, 1}, {0, 0, 1, 1, 1}, {5, 3, 5, 0, 0},
            {0, 0, 0, 3, 5}};
        double[] expected = {4.5, 4.75, 4.75, 4.75, 3.5, 2.75};
        for (int i = 0; i < samples.length; i++) {
            assertThat(pd(samples[i], T1, OTUS)).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void edgeCasesFollowScikitBio() {
        assertThat(pd(new double[] {}, T1, List.of())).isEqualTo(0.0);
        assertThat(pd(new double[] {0, 0, 0, 0, 0}, T1, OTUS)).isEqualTo(0.0);
        assertThat(pd(new double[] {1, 1, 1, 1, 1}, T1, OTUS)).isCloseTo(T1.totalBranchLength(), within(1e-7));
        assertThat(pd(new double[] {1, 2, 3, 4, 5}, T1, OTUS)).isCloseTo(T1.totalBranchLength(), within(1e-7));
        assertThat(pd(new double[] {1, 0, 0, 0, 0}, T1, OTUS)).isCloseTo(2.0, within(1e-7));
        PhylogeneticTree two = PhylogeneticTree.parseNewick("(OTU1:0.25, OTU2:0.25)root;");
        assertThat(pd(new double[] {1, 0}, two, List.of("OTU1", "OTU2"))).isEqualTo(0.25);
    }

    @Test
    void rootNotObserved() {
        PhylogeneticTree t = PhylogeneticTree.parseNewick("((OTU1:0.1, OTU2:0.2):0.3, (OTU3:0.5, OTU4:0.7):1.1)root;");
        List<String> taxa = List.of("OTU1", "OTU2", "OTU3", "OTU4");
        assertThat(pd(new double[] {1, 1, 0, 0}, t, taxa)).isCloseTo(0.6, within(1e-7));
        assertThat(pd(new double[] {0, 0, 1, 1}, t, taxa)).isCloseTo(2.3, within(1e-7));
    }

    @Test
    void reproducesTheQiime191TinyTest() {
        double[] expected = {0.64607, 0.47803, 0.47803, 0.306525, 1.4239, 0.604145, 0.6574, 0.6574};
        PhylogeneticTree.Tips tips = TinyTest.TREE.tipsOf(TinyTest.OTUS);
        for (int s = 0; s < TinyTest.SAMPLES.size(); s++) {
            assertThat(AlphaDiversity.faithPd(TinyTest.column(s), tips)).as(TinyTest.SAMPLES.get(s))
                    .isCloseTo(expected[s], within(1e-7));
        }
    }
}
