package org.msbiome.core.diversity;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Alpha diversity of one sample, given as a vector of non-negative counts or abundances (zeros are allowed and
 * ignored, except by Faith's PD which needs to know which feature each value belongs to). Each measure is defined
 * on {@link AlphaMeasure}, with its value for empty and single-feature samples.
 *
 * <p>All measures are O(n) in the vector's length; Faith's PD is O(n + tree nodes).
 *
 * @since 0.1.0
 */
public final class AlphaDiversity {
    private static final int ACE_RARE_THRESHOLD = 10;

    private AlphaDiversity() {}

    /**
     * Computes one measure.
     *
     * @param measure the measure
     * @param base the logarithm's base, used by {@link AlphaMeasure#SHANNON} only
     * @param values the sample's values (counts or abundances), one per feature
     * @param tips the features' tips in a tree, needed by {@link AlphaMeasure#FAITH_PD} only
     * @return the value with its variant
     * @throws IllegalArgumentException if a value is negative or not finite; if the measure needs integer counts
     *     and a value is not an integer; if Faith's PD is asked without tips or the tips do not match the values
     */
    public static AlphaResult compute(AlphaMeasure measure, LogBase base, double[] values, PhylogeneticTree.@Nullable Tips tips) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(base, "base");
        requireValid(values, measure.needsCounts());
        return switch (measure) {
            case OBSERVED -> new AlphaResult(measure, Optional.empty(), observed(values));
            case SHANNON -> new AlphaResult(measure, Optional.of(base), shannon(values, base));
            case SIMPSON -> new AlphaResult(measure, Optional.empty(), simpson(values));
            case DOMINANCE -> new AlphaResult(measure, Optional.empty(), dominance(values));
            case INVERSE_SIMPSON -> new AlphaResult(measure, Optional.empty(), inverseSimpson(values));
            case PIELOU -> new AlphaResult(measure, Optional.empty(), pielou(values));
            case CHAO1 -> new AlphaResult(measure, Optional.empty(), chao1(values, true));
            case CHAO1_CLASSIC -> new AlphaResult(doubletons(values) == 0 ? AlphaMeasure.CHAO1 : measure,
                    Optional.empty(), chao1(values, false));
            case ACE -> new AlphaResult(measure, Optional.empty(), ace(values));
            case FAITH_PD -> {
                if (tips == null) {
                    throw new IllegalArgumentException("Faith's phylogenetic diversity needs a tree");
                }
                yield new AlphaResult(measure, Optional.empty(), faithPd(values, tips));
            }
        };
    }

    /**
     * Observed features: the number of non-zero values.
     *
     * @param values the sample
     * @return S
     */
    public static double observed(double[] values) {
        int s = 0;
        for (double v : values) {
            if (v > 0) {
                s++;
            }
        }
        return s;
    }

    /**
     * Shannon's index H = −Σ p_i log p_i in the given base; NaN for an empty sample, 0 for a single feature.
     *
     * @param values the sample
     * @param base the logarithm's base
     * @return H
     */
    public static double shannon(double[] values, LogBase base) {
        double total = total(values);
        if (total == 0) {
            return Double.NaN;
        }
        double h = 0;
        for (double v : values) {
            if (v > 0) {
                double p = v / total;
                h -= p * Math.log(p);
            }
        }
        h = base == LogBase.E ? h : h / Math.log(base == LogBase.TWO ? 2.0 : 10.0);
        return h == 0 ? 0.0 : h; // no -0.0
    }

    /**
     * Simpson's dominance D = Σ p_i²; NaN for an empty sample.
     *
     * @param values the sample
     * @return D
     */
    public static double dominance(double[] values) {
        double total = total(values);
        if (total == 0) {
            return Double.NaN;
        }
        double d = 0;
        for (double v : values) {
            double p = v / total;
            d += p * p;
        }
        return d;
    }

    /**
     * The Gini–Simpson index 1 − D; NaN for an empty sample.
     *
     * @param values the sample
     * @return 1 − D
     */
    public static double simpson(double[] values) {
        return 1 - dominance(values);
    }

    /**
     * Inverse Simpson 1 / D; NaN for an empty sample.
     *
     * @param values the sample
     * @return 1 / D
     */
    public static double inverseSimpson(double[] values) {
        return 1 / dominance(values);
    }

    /**
     * Pielou's evenness H / ln S; NaN for an empty sample, 1 for a single feature.
     *
     * @param values the sample
     * @return J
     */
    public static double pielou(double[] values) {
        double s = observed(values);
        if (s == 0) {
            return Double.NaN;
        }
        if (s == 1) {
            return 1.0;
        }
        return shannon(values, LogBase.E) / Math.log(s);
    }

    /**
     * Chao1 richness: bias-corrected S + F1 (F1 − 1) / (2 (F2 + 1)), or classic S + F1² / (2 F2) (which falls back
     * to the bias-corrected form when F2 = 0). 0 for an empty sample.
     *
     * @param counts integer counts
     * @param biasCorrected whether to use the bias-corrected form
     * @return the Chao1 estimate
     * @throws IllegalArgumentException if a value is negative, not finite or not an integer
     */
    public static double chao1(double[] counts, boolean biasCorrected) {
        requireValid(counts, true);
        double s = observed(counts);
        double f1 = singletons(counts);
        double f2 = doubletons(counts);
        if (!biasCorrected && f2 > 0) {
            return s + f1 * f1 / (2 * f2);
        }
        return s + f1 * (f1 - 1) / (2 * (f2 + 1));
    }

    /**
     * The abundance-based coverage estimator (rare threshold 10); 0 for an empty sample, NaN when every rare
     * feature is a singleton.
     *
     * @param counts integer counts
     * @return the ACE estimate
     * @throws IllegalArgumentException if a value is negative, not finite or not an integer
     */
    public static double ace(double[] counts) {
        requireValid(counts, true);
        double sRare = 0;
        double sAbundant = 0;
        double nRare = 0;
        double f1 = 0;
        double gammaSum = 0;
        for (double c : counts) {
            if (c <= 0) {
                continue;
            }
            if (c > ACE_RARE_THRESHOLD) {
                sAbundant++;
            } else {
                sRare++;
                nRare += c;
                gammaSum += c * (c - 1);
                if (c == 1) {
                    f1++;
                }
            }
        }
        if (sRare == 0) {
            return sAbundant;
        }
        if (f1 == sRare) {
            return Double.NaN;
        }
        double coverage = 1 - f1 / nRare;
        double gamma = Math.max(sRare * gammaSum / (coverage * nRare * (nRare - 1)) - 1, 0);
        return sAbundant + sRare / coverage + f1 / coverage * gamma;
    }

    /**
     * Faith's phylogenetic diversity: the total length of the branches between the root and the tips of the
     * features with a non-zero value; 0 for an empty sample.
     *
     * @param values the sample, one value per feature of {@code tips}
     * @param tips the features' tips, from {@link PhylogeneticTree#tipsOf}
     * @return Faith's PD
     * @throws IllegalArgumentException if the vector's length differs from the number of tips
     */
    public static double faithPd(double[] values, PhylogeneticTree.Tips tips) {
        if (values.length != tips.size()) {
            throw new IllegalArgumentException("the sample has " + values.length + " values but " + tips.size()
                    + " features were mapped to the tree");
        }
        PhylogeneticTree tree = tips.tree();
        int[] parent = tree.parents();
        double[] length = tree.lengths();
        boolean[] covered = new boolean[parent.length];
        double pd = 0;
        for (int f = 0; f < values.length; f++) {
            if (values[f] > 0) {
                for (int node = tips.node(f); node >= 0 && !covered[node]; node = parent[node]) {
                    covered[node] = true;
                    pd += length[node];
                }
            }
        }
        return pd;
    }

    static double total(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static double singletons(double[] counts) {
        int n = 0;
        for (double c : counts) {
            if (c == 1) {
                n++;
            }
        }
        return n;
    }

    private static double doubletons(double[] counts) {
        int n = 0;
        for (double c : counts) {
            if (c == 2) {
                n++;
            }
        }
        return n;
    }

    static void requireValid(double[] values, boolean integers) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("value " + v + " at position " + i
                        + " is negative or not finite; diversity needs non-negative counts or abundances");
            }
            if (integers && v != Math.rint(v)) {
                throw new IllegalArgumentException("value " + v + " at position " + i
                        + " is not an integer; Chao1 and ACE need counts, not relative abundances");
            }
        }
    }
}
