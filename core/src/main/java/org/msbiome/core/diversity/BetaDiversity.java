package org.msbiome.core.diversity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Beta diversity between samples, each given as a dense vector or as a sparse one (sorted feature indices with
 * their non-negative values). Measures and their values for empty samples are defined on {@link BetaMeasure}.
 *
 * <p>Complexity per pair: Bray–Curtis and Jaccard O(nnz_a + nnz_b) on sparse samples; UniFrac O(nnz_a + nnz_b +
 * nodes), one post-order pass over the tree (linear in tree size, never quadratic). A distance matrix of n
 * samples computes n(n − 1)/2 pairs and propagates each row's sample up the tree once.
 *
 * @since 0.1.0
 */
public final class BetaDiversity {
    private BetaDiversity() {}

    /**
     * The distance between two dense samples.
     *
     * @param measure the measure
     * @param a the first sample, one value per feature
     * @param b the second sample, same features
     * @param tips the features' tips; required by the UniFrac measures, ignored otherwise
     * @return the distance
     * @throws IllegalArgumentException if the vectors differ in length, a value is negative or not finite, or a
     *     UniFrac measure has no tips (or tips of another length)
     */
    public static double distance(BetaMeasure measure, double[] a, double[] b, PhylogeneticTree.@Nullable Tips tips) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the samples have " + a.length + " and " + b.length + " values");
        }
        Sparse sa = Sparse.of(a);
        Sparse sb = Sparse.of(b);
        return new Calculator(measure, a.length, tips).distance(sa, sb);
    }

    /**
     * The distance matrix of sparse samples.
     *
     * @param measure the measure
     * @param ids the sample IDs, unique
     * @param featureCount the number of features
     * @param indices for each sample, its strictly increasing feature indices
     * @param values for each sample, the value at each of its indices
     * @param tips the features' tips; required by the UniFrac measures, ignored otherwise
     * @return the matrix
     * @throws IllegalArgumentException if the lists differ in size, an ID repeats, an index is out of range or
     *     not increasing, a value is negative or not finite, or a UniFrac measure has no matching tips
     */
    public static DistanceMatrix matrix(BetaMeasure measure, List<String> ids, int featureCount, List<int[]> indices,
            List<double[]> values, PhylogeneticTree.@Nullable Tips tips) {
        int n = ids.size();
        if (indices.size() != n || values.size() != n) {
            throw new IllegalArgumentException(n + " sample IDs but " + indices.size() + " index rows and "
                    + values.size() + " value rows");
        }
        Sparse[] samples = new Sparse[n];
        for (int i = 0; i < n; i++) {
            samples[i] = Sparse.checked(indices.get(i), values.get(i), featureCount, ids.get(i));
        }
        Calculator calc = new Calculator(measure, featureCount, tips);
        double[] upper = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            calc.fixFirst(samples[i]);
            for (int j = i + 1; j < n; j++) {
                upper[k++] = calc.distanceToFirst(samples[j]);
            }
        }
        return new DistanceMatrix(measure, ids, upper);
    }

    /** A sparse sample: increasing feature indices, positive values, and their total. */
    record Sparse(int[] index, double[] value, double total) {
        static Sparse of(double[] dense) {
            AlphaDiversity.requireValid(dense, false);
            int nnz = 0;
            for (double v : dense) {
                if (v > 0) {
                    nnz++;
                }
            }
            int[] index = new int[nnz];
            double[] value = new double[nnz];
            double total = 0;
            int k = 0;
            for (int i = 0; i < dense.length; i++) {
                if (dense[i] > 0) {
                    index[k] = i;
                    value[k++] = dense[i];
                    total += dense[i];
                }
            }
            return new Sparse(index, value, total);
        }

        static Sparse checked(int[] index, double[] value, int featureCount, String id) {
            if (index.length != value.length) {
                throw new IllegalArgumentException("sample '" + id + "' has " + index.length + " indices and "
                        + value.length + " values");
            }
            AlphaDiversity.requireValid(value, false);
            double total = 0;
            for (int k = 0; k < index.length; k++) {
                if (index[k] < 0 || index[k] >= featureCount || (k > 0 && index[k] <= index[k - 1])) {
                    throw new IllegalArgumentException("sample '" + id + "': feature index " + index[k]
                            + " is out of range or not increasing");
                }
                total += value[k];
            }
            int zeros = 0;
            for (double v : value) {
                if (v == 0) {
                    zeros++;
                }
            }
            if (zeros == 0) {
                return new Sparse(index, value, total);
            }
            int[] keptIndex = new int[index.length - zeros];
            double[] keptValue = new double[keptIndex.length];
            for (int k = 0, m = 0; k < index.length; k++) {
                if (value[k] > 0) {
                    keptIndex[m] = index[k];
                    keptValue[m++] = value[k];
                }
            }
            return new Sparse(keptIndex, keptValue, total);
        }
    }

    /** Pairwise computation with scratch space for UniFrac, reused across pairs. */
    static final class Calculator {
        private final BetaMeasure measure;
        private final PhylogeneticTree.@Nullable Tips tips;
        private final int @Nullable [] parent;
        private final double @Nullable [] length;
        private final double @Nullable [] depth;
        private final double[] first;
        private final double[] second;
        private @Nullable Sparse fixed;

        Calculator(BetaMeasure measure, int featureCount, PhylogeneticTree.@Nullable Tips tips) {
            this.measure = Objects.requireNonNull(measure, "measure");
            if (measure.phylogenetic()) {
                if (tips == null) {
                    throw new IllegalArgumentException(measure.code() + " needs a phylogenetic tree");
                }
                if (tips.size() != featureCount) {
                    throw new IllegalArgumentException("the samples have " + featureCount + " features but "
                            + tips.size() + " were mapped to the tree");
                }
                this.tips = tips;
                this.parent = tips.tree().parents();
                this.length = tips.tree().lengths();
                this.depth = tips.tree().depths();
                this.first = new double[parent.length];
                this.second = new double[parent.length];
            } else {
                this.tips = null;
                this.parent = null;
                this.length = null;
                this.depth = null;
                this.first = new double[0];
                this.second = new double[0];
            }
        }

        double distance(Sparse a, Sparse b) {
            fixFirst(a);
            return distanceToFirst(b);
        }

        void fixFirst(Sparse a) {
            fixed = a;
            if (measure.phylogenetic()) {
                propagate(a, first);
            }
        }

        double distanceToFirst(Sparse b) {
            Sparse a = Objects.requireNonNull(fixed);
            return switch (measure) {
                case BRAY_CURTIS -> brayCurtis(a, b);
                case JACCARD_QUANTITATIVE -> {
                    double bc = brayCurtis(a, b);
                    yield 2 * bc / (1 + bc);
                }
                case JACCARD -> jaccard(a, b);
                case UNWEIGHTED_UNIFRAC, WEIGHTED_UNIFRAC, WEIGHTED_NORMALIZED_UNIFRAC -> {
                    propagate(b, second);
                    yield unifrac(a, b);
                }
            };
        }

        /** Fills {@code node} with each node's subtree sum: proportions (weighted) or tip counts present (unweighted). */
        private void propagate(Sparse s, double[] node) {
            int[] p = Objects.requireNonNull(parent);
            PhylogeneticTree.Tips t = Objects.requireNonNull(tips);
            Arrays.fill(node, 0.0);
            boolean weighted = measure != BetaMeasure.UNWEIGHTED_UNIFRAC;
            for (int k = 0; k < s.index.length; k++) {
                node[t.node(s.index[k])] += weighted ? s.value[k] / s.total : 1.0;
            }
            for (int i = 0; i < node.length - 1; i++) {
                node[p[i]] += node[i];
            }
        }

        private double unifrac(Sparse a, Sparse b) {
            double[] len = Objects.requireNonNull(length);
            int nodes = len.length;
            if (measure == BetaMeasure.UNWEIGHTED_UNIFRAC) {
                double unique = 0;
                double observed = 0;
                for (int i = 0; i < nodes; i++) {
                    boolean inA = first[i] > 0;
                    boolean inB = second[i] > 0;
                    if (inA || inB) {
                        observed += len[i];
                        if (inA != inB) {
                            unique += len[i];
                        }
                    }
                }
                return observed == 0 ? 0.0 : unique / observed;
            }
            double u = 0;
            for (int i = 0; i < nodes; i++) {
                u += len[i] * Math.abs(first[i] - second[i]);
            }
            if (measure == BetaMeasure.WEIGHTED_UNIFRAC) {
                return u;
            }
            double[] d = Objects.requireNonNull(depth);
            PhylogeneticTree.Tips t = Objects.requireNonNull(tips);
            double norm = 0;
            for (int k = 0; k < a.index.length; k++) {
                norm += d[t.node(a.index[k])] * a.value[k] / a.total;
            }
            for (int k = 0; k < b.index.length; k++) {
                norm += d[t.node(b.index[k])] * b.value[k] / b.total;
            }
            return norm == 0 ? 0.0 : u / norm;
        }

        private static double brayCurtis(Sparse a, Sparse b) {
            double diff = 0;
            int i = 0;
            int j = 0;
            while (i < a.index.length || j < b.index.length) {
                int fa = i < a.index.length ? a.index[i] : Integer.MAX_VALUE;
                int fb = j < b.index.length ? b.index[j] : Integer.MAX_VALUE;
                if (fa == fb) {
                    diff += Math.abs(a.value[i++] - b.value[j++]);
                } else if (fa < fb) {
                    diff += a.value[i++];
                } else {
                    diff += b.value[j++];
                }
            }
            return diff / (a.total + b.total);
        }

        private static double jaccard(Sparse a, Sparse b) {
            int shared = 0;
            int i = 0;
            int j = 0;
            while (i < a.index.length && j < b.index.length) {
                if (a.index[i] == b.index[j]) {
                    shared++;
                    i++;
                    j++;
                } else if (a.index[i] < b.index[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            int union = a.index.length + b.index.length - shared;
            return union == 0 ? 0.0 : 1.0 - (double) shared / union;
        }
    }
}
