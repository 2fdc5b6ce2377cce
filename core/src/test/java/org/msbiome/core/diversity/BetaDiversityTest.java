package org.msbiome.core.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Beta diversity against the README's cross-checked figures (vegan 2.6-4 and scikit-bio agree; 1e-12 where given
 * to 15 digits, else their 6 decimals), scikit-bio's {@code test_unifrac.py} and {@code test_driver.py} (commit
 * 2068527a, 7 or 6 decimals as asserted there), SciPy 1.17.1 Jaccard matrices (8 decimals), and the QIIME 1.9.1
 * tiny-test distance matrices.
 */
class BetaDiversityTest {
    private static final double[][] B1 = {
        {1, 3, 0, 1, 0}, {0, 2, 0, 4, 4}, {0, 0, 6, 2, 1}, {0, 0, 1, 1, 1}, {5, 3, 5, 0, 0}, {0, 0, 0, 3, 5}};
    private static final PhylogeneticTree.Tips T1 = FaithPdTest.T1.tipsOf(FaithPdTest.OTUS);

    private static double d(BetaMeasure m, double[] a, double[] b) {
        return BetaDiversity.distance(m, a, b, T1);
    }

    @Test
    void readmeAVersusBThroughF() {
        double[] bc = {0.6, 0.857142857142857, 0.75, 0.555555555555556, 0.846153846153846};
        double[] jaccard = {0.5, 0.8, 0.8, 0.5, 0.75};
        double[] veganJaccard = {0.75, 0.923077, 0.857143, 0.714286, 0.916667};
        double[] unweighted = {0.238095238095238, 0.52, 0.52, 0.545454545454545, 0.619047619047619};
        double[] normalized = {0.6, 0.466666666666667, 0.633333333333333, 0.338461538461538, 0.8};
        double[] weighted = {2.4, 1.866667, 2.533333, 1.353846, 3.2};
        for (int j = 1; j < 6; j++) {
            assertThat(d(BetaMeasure.BRAY_CURTIS, B1[0], B1[j])).isCloseTo(bc[j - 1], within(1e-12));
            assertThat(d(BetaMeasure.JACCARD, B1[0], B1[j])).isCloseTo(jaccard[j - 1], within(1e-12));
            assertThat(d(BetaMeasure.JACCARD_QUANTITATIVE, B1[0], B1[j])).isCloseTo(veganJaccard[j - 1], within(5e-7));
            assertThat(d(BetaMeasure.UNWEIGHTED_UNIFRAC, B1[0], B1[j])).isCloseTo(unweighted[j - 1], within(1e-12));
            assertThat(d(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, B1[0], B1[j])).isCloseTo(normalized[j - 1], within(1e-12));
            assertThat(d(BetaMeasure.WEIGHTED_UNIFRAC, B1[0], B1[j])).isCloseTo(weighted[j - 1], within(5e-7));
        }
    }

    @Test
    void reproducesScikitBioUnifracPairs() {
        // {i, j, unweighted, weighted, weighted normalised} from test_unifrac.py
        double[][] cases = {
            {0, 1, 0.238095238095, 2.4, 0.6}, {0, 2, 0.52, 1.86666666667, 0.466666666667},
            {0, 3, 0.52, 2.53333333333, 0.633333333333}, {0, 4, 0.545454545455, 1.35384615385, 0.338461538462},
            {0, 5, 0.619047619048, 3.2, 0.8}, {1, 2, 0.347826086957, 2.26666666667, 0.566666666667},
            {1, 3, 0.347826086957, 0.933333333333, 0.233333333333}, {1, 4, 0.68, 3.2, 0.8},
            {1, 5, 0.421052631579, 0.8375, 0.209375}, {2, 3, 0.0, 1.33333333333, 0.333333333333},
            {2, 4, 0.68, 1.89743589744, 0.474358974359}, {2, 5, 0.421052631579, 2.66666666667, 0.666666666667},
            {3, 4, 0.68, 2.66666666667, 0.666666666667}, {3, 5, 0.421052631579, 1.33333333333, 0.333333333333},
            {4, 5, 1.0, 4.0, 1.0}};
        for (double[] c : cases) {
            double[] a = B1[(int) c[0]];
            double[] b = B1[(int) c[1]];
            assertThat(d(BetaMeasure.UNWEIGHTED_UNIFRAC, a, b)).isCloseTo(c[2], within(1e-7));
            assertThat(d(BetaMeasure.WEIGHTED_UNIFRAC, a, b)).isCloseTo(c[3], within(1e-7));
            assertThat(d(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, a, b)).isCloseTo(c[4], within(1e-7));
        }
    }

    @Test
    void unifracEdgeCasesFollowScikitBio() {
        PhylogeneticTree two = PhylogeneticTree.parseNewick("(OTU1:0.25, OTU2:0.25)root;");
        PhylogeneticTree.Tips tips = two.tipsOf(List.of("OTU1", "OTU2"));
        double[] one = {1, 0};
        double[] none = {0, 0};
        assertThat(BetaDiversity.distance(BetaMeasure.UNWEIGHTED_UNIFRAC, one, none, tips)).isEqualTo(1.0);
        assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_UNIFRAC, one, none, tips)).isEqualTo(0.25);

        double[] first3 = {1, 1, 1, 0, 0};
        double[] last2 = {0, 0, 0, 1, 1};
        double[] zeros = {0, 0, 0, 0, 0};
        assertThat(d(BetaMeasure.UNWEIGHTED_UNIFRAC, first3, last2)).isCloseTo(1.0, within(1e-7));
        assertThat(d(BetaMeasure.UNWEIGHTED_UNIFRAC, first3, zeros)).isCloseTo(1.0, within(1e-7));
        assertThat(d(BetaMeasure.UNWEIGHTED_UNIFRAC, zeros, zeros)).isEqualTo(0.0);
        assertThat(d(BetaMeasure.WEIGHTED_UNIFRAC, zeros, zeros)).isEqualTo(0.0);
        assertThat(d(BetaMeasure.WEIGHTED_UNIFRAC, first3, zeros)).isCloseTo(2.0, within(1e-7));
        assertThat(d(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, zeros, zeros)).isEqualTo(0.0);
        assertThat(d(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, first3, zeros)).isCloseTo(1.0, within(1e-7));
        PhylogeneticTree.Tips noFeatures = FaithPdTest.T1.tipsOf(List.of());
        for (BetaMeasure m : List.of(BetaMeasure.UNWEIGHTED_UNIFRAC, BetaMeasure.WEIGHTED_UNIFRAC,
                BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC)) {
            assertThat(BetaDiversity.distance(m, new double[] {}, new double[] {}, noFeatures)).isEqualTo(0.0);
        }
    }

    @Test
    void unifracRootNotObserved() {
        PhylogeneticTree t2 = PhylogeneticTree.parseNewick("((OTU1:0.1, OTU2:0.2):0.3, (OTU3:0.5, OTU4:0.7):1.1)root;");
        PhylogeneticTree.Tips tips = t2.tipsOf(List.of("OTU1", "OTU2", "OTU3", "OTU4"));
        assertThat(BetaDiversity.distance(BetaMeasure.UNWEIGHTED_UNIFRAC, new double[] {1, 1, 0, 0},
                new double[] {1, 0, 0, 0}, tips)).isCloseTo(0.2 / (0.1 + 0.2 + 0.3), within(1e-7));
        assertThat(BetaDiversity.distance(BetaMeasure.UNWEIGHTED_UNIFRAC, new double[] {0, 0, 1, 1},
                new double[] {0, 0, 1, 0}, tips)).isCloseTo(0.7 / (1.1 + 0.5 + 0.7), within(1e-7));
        assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_UNIFRAC, new double[] {1, 0, 0, 0},
                new double[] {1, 1, 0, 0}, tips)).isCloseTo(0.15, within(1e-7));
        assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_UNIFRAC, new double[] {0, 0, 1, 1},
                new double[] {0, 0, 1, 0}, tips)).isCloseTo(0.6, within(1e-7));
        assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, new double[] {1, 0, 0, 0},
                new double[] {1, 1, 0, 0}, tips)).isCloseTo(0.1764705882, within(1e-7));
        assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, new double[] {0, 0, 1, 1},
                new double[] {0, 0, 1, 0}, tips)).isCloseTo(0.1818181818, within(1e-7));
    }

    @Test
    void pyCogentAdaptedTrees() {
        // lengths from ((a:1,b:2):4,(c:3,(d:1,e:1):2):3); columns of scikit-bio's m over tips a, b, d, e, c
        PhylogeneticTree t = PhylogeneticTree.parseNewick("((a:1,b:2):4,(c:3,(d:1,e:1):2):3);");
        PhylogeneticTree.Tips tips = t.tipsOf(List.of("a", "b", "d", "e", "c"));
        double[][] m = {{1, 1, 0, 0, 0}, {0, 1, 1, 0, 1}, {1, 0, 0, 1, 0}};
        assertThat(BetaDiversity.distance(BetaMeasure.UNWEIGHTED_UNIFRAC, m[0], m[1], tips)).isEqualTo(10 / 16.0);
        assertThat(BetaDiversity.distance(BetaMeasure.UNWEIGHTED_UNIFRAC, m[0], m[2], tips)).isEqualTo(8 / 13.0);
        assertThat(BetaDiversity.distance(BetaMeasure.UNWEIGHTED_UNIFRAC, m[1], m[2], tips)).isEqualTo(8 / 17.0);
        // scikit-bio's _weighted_unifrac on the same counts and totals ("scores computed by educational implementation")
        assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_UNIFRAC, m[0], m[1], tips)).isCloseTo(7.5, within(1e-7));
        assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_UNIFRAC, m[0], m[2], tips)).isCloseTo(6.0, within(1e-7));
        assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_UNIFRAC, m[1], m[2], tips)).isCloseTo(4.5, within(1e-7));
    }

    @Test
    void driverTablesFollowScikitBio() {
        List<String> abc = List.of("A", "B", "C");
        double[][] table1 = {{1, 5}, {2, 3}, {0, 1}};
        DistanceMatrix bc = matrix(BetaMeasure.BRAY_CURTIS, abc, table1, null);
        assertThat(bc.get("A", "B")).isCloseTo(0.27272727, within(1e-7));
        assertThat(bc.get("B", "A")).isCloseTo(0.27272727, within(1e-7));
        assertThat(bc.get("A", "C")).isCloseTo(0.71428571, within(1e-7));
        assertThat(bc.get("B", "C")).isCloseTo(0.66666667, within(1e-7));
        assertThat(bc.get("C", "C")).isEqualTo(0.0);

        double[][] table2 = {{23, 64, 14, 0, 0, 3, 1}, {0, 3, 35, 42, 0, 12, 1}, {0, 5, 5, 0, 40, 40, 0},
            {44, 35, 9, 0, 1, 0, 0}, {0, 2, 8, 0, 35, 45, 1}, {0, 0, 25, 35, 0, 19, 0}};
        List<String> af = List.of("A", "B", "C", "D", "E", "F");
        double[][] expected = {
            {0., 0.78787879, 0.86666667, 0.30927835, 0.85714286, 0.81521739},
            {0.78787879, 0., 0.78142077, 0.86813187, 0.75, 0.1627907},
            {0.86666667, 0.78142077, 0., 0.87709497, 0.09392265, 0.71597633},
            {0.30927835, 0.86813187, 0.87709497, 0., 0.87777778, 0.89285714},
            {0.85714286, 0.75, 0.09392265, 0.87777778, 0., 0.68235294},
            {0.81521739, 0.1627907, 0.71597633, 0.89285714, 0.68235294, 0.}};
        assertMatrix(matrix(BetaMeasure.BRAY_CURTIS, af, table2, null), expected, 1e-6);

        double[][] jaccard = {
            {0., 0.33333333, 0.5, 0.5, 0.33333333, 0.66666667},
            {0.33333333, 0., 0.5, 0.71428571, 0.33333333, 0.4},
            {0.5, 0.5, 0., 0.4, 0.2, 0.6},
            {0.5, 0.71428571, 0.4, 0., 0.5, 0.83333333},
            {0.33333333, 0.33333333, 0.2, 0.5, 0., 0.66666667},
            {0.66666667, 0.4, 0.6, 0.83333333, 0.66666667, 0.}};
        assertMatrix(matrix(BetaMeasure.JACCARD, af, table2, null), jaccard, 5e-9);
        assertMatrix(matrix(BetaMeasure.JACCARD, abc, table1, null),
                new double[][] {{0, 0, 0.5}, {0, 0, 0.5}, {0.5, 0.5, 0}}, 1e-12);

        PhylogeneticTree.Tips tips = PhylogeneticTree.parseNewick("((O1:0.25, O2:0.50):0.25, O3:0.75)root;")
                .tipsOf(List.of("O1", "O2"));
        assertMatrix(matrix(BetaMeasure.UNWEIGHTED_UNIFRAC, abc, table1, tips),
                new double[][] {{0, 0, 0.25}, {0, 0, 0.25}, {0.25, 0.25, 0}}, 1e-6);
        assertMatrix(matrix(BetaMeasure.WEIGHTED_UNIFRAC, abc, table1, tips),
                new double[][] {{0, 0.175, 0.12499999}, {0.175, 0, 0.3}, {0.12499999, 0.3, 0}}, 1e-6);
        assertMatrix(matrix(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, abc, table1, tips),
                new double[][] {{0, 0.128834, 0.085714}, {0.128834, 0, 0.2142857}, {0.085714, 0.2142857, 0}}, 1e-6);
    }

    @Test
    void reproducesTheQiime191TinyTestMatrices() {
        // rows/columns f2 f1 f3 f4 p2 p1 t1 t2 (not16S.1, empty after filtering, is tested separately)
        double[][] unweighted = {
            {0.0, 0.26009565527, 0.26009565527, 0.525554506478, 0.638141793205, 0.649277757971, 0.879901349993, 0.879901349993},
            {0.26009565527, 0.0, 0.0, 0.358774553898, 0.74869733414, 0.830826823972, 0.859632207458, 0.859632207458},
            {0.26009565527, 0.0, 0.0, 0.358774553898, 0.74869733414, 0.830826823972, 0.859632207458, 0.859632207458},
            {0.525554506478, 0.358774553898, 0.358774553898, 0.0, 0.784728562399, 0.792350994914, 0.928507908983, 0.928507908983},
            {0.638141793205, 0.74869733414, 0.74869733414, 0.784728562399, 0.0, 0.575711075216, 0.538310274598, 0.538310274598},
            {0.649277757971, 0.830826823972, 0.830826823972, 0.792350994914, 0.575711075216, 0.0, 0.72230493437, 0.72230493437},
            {0.879901349993, 0.859632207458, 0.859632207458, 0.928507908983, 0.538310274598, 0.72230493437, 0.0, 0.0},
            {0.879901349993, 0.859632207458, 0.859632207458, 0.928507908983, 0.538310274598, 0.72230493437, 0.0, 0.0}};
        double[][] weighted = {
            {0.0, 0.0660086363636, 0.0660086363636, 0.0361822727273, 0.364183181818, 0.425055909091, 0.634565909091, 0.590832727273},
            {0.0660086363636, 0.0, 0.0, 0.0869145454545, 0.339649090909, 0.438638181818, 0.594755454545, 0.551022272727},
            {0.0660086363636, 0.0, 0.0, 0.0869145454545, 0.339649090909, 0.438638181818, 0.594755454545, 0.551022272727},
            {0.0361822727273, 0.0869145454545, 0.0869145454545, 0.0, 0.391632727273, 0.4398, 0.646739090909, 0.603005909091},
            {0.364183181818, 0.339649090909, 0.339649090909, 0.391632727273, 0.0, 0.251758181818, 0.44967, 0.334201363636},
            {0.425055909091, 0.438638181818, 0.438638181818, 0.4398, 0.251758181818, 0.0, 0.57082, 0.455351363636},
            {0.634565909091, 0.594755454545, 0.594755454545, 0.646739090909, 0.44967, 0.57082, 0.0, 0.116175909091},
            {0.590832727273, 0.551022272727, 0.551022272727, 0.603005909091, 0.334201363636, 0.455351363636, 0.116175909091, 0.0}};
        double[][] normalized = {
            {0.0, 0.113186179375, 0.113186179375, 0.0595362216515, 0.599928715677, 0.732991733568, 0.962973616339, 0.925172353416},
            {0.113186179375, 0.0, 0.0, 0.14768803941, 0.577821666109, 0.782364205648, 0.929696953333, 0.889628707676},
            {0.113186179375, 0.0, 0.0, 0.14768803941, 0.577821666109, 0.782364205648, 0.929696953333, 0.889628707676},
            {0.0595362216515, 0.14768803941, 0.14768803941, 0.0, 0.639547977307, 0.751529763393, 0.973594769453, 0.936441078767},
            {0.599928715677, 0.577821666109, 0.577821666109, 0.639547977307, 0.0, 0.430712953163, 0.677634129601, 0.519557525688},
            {0.732991733568, 0.782364205648, 0.782364205648, 0.751529763393, 0.430712953163, 0.0, 0.896900994816, 0.739098773939},
            {0.962973616339, 0.929696953333, 0.929696953333, 0.973594769453, 0.677634129601, 0.896900994816, 0.0, 0.167120342575},
            {0.925172353416, 0.889628707676, 0.889628707676, 0.936441078767, 0.519557525688, 0.739098773939, 0.167120342575, 0.0}};
        double[][] samples = new double[8][];
        for (int s = 0; s < 8; s++) {
            samples[s] = TinyTest.column(s);
        }
        PhylogeneticTree.Tips tips = TinyTest.TREE.tipsOf(TinyTest.OTUS);
        // QIIME printed 12 significant digits: agreement to 1e-11
        assertMatrix(matrix(BetaMeasure.UNWEIGHTED_UNIFRAC, TinyTest.SAMPLES, samples, tips), unweighted, 1e-11);
        assertMatrix(matrix(BetaMeasure.WEIGHTED_UNIFRAC, TinyTest.SAMPLES, samples, tips), weighted, 1e-11);
        assertMatrix(matrix(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, TinyTest.SAMPLES, samples, tips), normalized, 1e-11);
    }

    @Test
    void anEmptySampleIsAtDistanceOneFromTheTinyTestSamplesAsInQiime() {
        PhylogeneticTree.Tips tips = TinyTest.TREE.tipsOf(TinyTest.OTUS);
        double[] not16S = new double[TinyTest.OTUS.size()];
        for (int s = 0; s < 8; s++) {
            assertThat(BetaDiversity.distance(BetaMeasure.UNWEIGHTED_UNIFRAC, TinyTest.column(s), not16S, tips)).isEqualTo(1.0);
            assertThat(BetaDiversity.distance(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, TinyTest.column(s), not16S, tips))
                    .isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void emptySamplesGiveTheDocumentedValues() {
        double[] zeros = {0, 0, 0, 0, 0};
        assertThat(d(BetaMeasure.BRAY_CURTIS, zeros, zeros)).isNaN();
        assertThat(d(BetaMeasure.JACCARD_QUANTITATIVE, zeros, zeros)).isNaN();
        assertThat(d(BetaMeasure.JACCARD, zeros, zeros)).isEqualTo(0.0);
        assertThat(d(BetaMeasure.BRAY_CURTIS, B1[0], zeros)).isEqualTo(1.0);
        assertThat(d(BetaMeasure.JACCARD, B1[0], zeros)).isEqualTo(1.0);
    }

    @Test
    void unifracNeedsATreeCoveringEveryFeature() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BetaDiversity.distance(BetaMeasure.UNWEIGHTED_UNIFRAC, B1[0], B1[1], null))
                .withMessage("unweighted-unifrac needs a phylogenetic tree");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FaithPdTest.T1.tipsOf(List.of("OTU1", "OTU9")))
                .withMessage("1 feature(s) are not tips of the tree: 'OTU9'");
    }

    static DistanceMatrix matrix(BetaMeasure m, List<String> ids, double[][] dense, PhylogeneticTree.Tips tips) {
        List<int[]> idx = new ArrayList<>();
        List<double[]> val = new ArrayList<>();
        for (double[] row : dense) {
            int nnz = 0;
            for (double v : row) {
                nnz += v > 0 ? 1 : 0;
            }
            int[] i = new int[nnz];
            double[] v = new double[nnz];
            for (int f = 0, k = 0; f < row.length; f++) {
                if (row[f] > 0) {
                    i[k] = f;
                    v[k++] = row[f];
                }
            }
            idx.add(i);
            val.add(v);
        }
        return BetaDiversity.matrix(m, ids, dense[0].length, idx, val, tips);
    }

    private static void assertMatrix(DistanceMatrix actual, double[][] expected, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertThat(actual.get(i, j)).as("%s[%s,%s]", actual.measure().code(), actual.ids().get(i),
                        actual.ids().get(j)).isCloseTo(expected[i][j], within(tolerance));
            }
        }
    }
}
