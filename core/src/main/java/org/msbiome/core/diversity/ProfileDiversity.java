package org.msbiome.core.diversity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ValueKind;

/**
 * Alpha and beta diversity of a whole {@link CommunityProfile}. Every requirement (integer counts for Chao1 and ACE,
 * a tree covering every feature for Faith's PD and UniFrac, values that are not CLR-transformed) is checked once,
 * before any sample is computed.
 *
 * <p>Complexity: alpha O(nnz) per sample (Faith's PD O(features + tree nodes)); beta as {@link BetaDiversity}.
 *
 * @since 0.1.0
 */
public final class ProfileDiversity {
    private ProfileDiversity() {}

    /**
     * The alpha diversity of one sample: its ID and one result per measure asked.
     *
     * @param sampleId the sample's ID
     * @param results the results, in the order the measures were asked
     * @since 0.1.0
     */
    public record SampleAlpha(String sampleId, List<AlphaResult> results) {
        /**
         * Copies the list.
         *
         * @throws NullPointerException if a component or element is null
         */
        public SampleAlpha {
            Objects.requireNonNull(sampleId, "sampleId");
            results = Checks.copyOf(results, "results");
        }
    }

    /**
     * Alpha diversity of every sample.
     *
     * @param profile the profile
     * @param measures the measures, in output order
     * @param base the logarithm's base for Shannon's index
     * @param tree the tree, needed for Faith's PD only; features are matched to tips by ID
     * @return one entry per sample, in the profile's order
     * @throws IllegalArgumentException if the profile's values are CLR-transformed; a count measure is asked of
     *     relative abundances; or Faith's PD is asked without a tree or with a tree missing a feature
     */
    public static List<SampleAlpha> alpha(CommunityProfile profile, List<AlphaMeasure> measures, LogBase base,
            @Nullable PhylogeneticTree tree) {
        requireAbundances(profile);
        ValueKind kind = profile.measurement().values();
        for (AlphaMeasure m : measures) {
            if (m.needsCounts() && !kind.isCounts()) {
                throw new IllegalArgumentException(m.code() + " needs counts, but the profile holds " + kind.code());
            }
        }
        PhylogeneticTree.@Nullable Tips tips = null;
        if (measures.contains(AlphaMeasure.FAITH_PD)) {
            tips = tipsOf(profile, tree, "faith-pd");
        }
        List<SampleAlpha> out = new ArrayList<>(profile.samples().size());
        for (int s = 0; s < profile.samples().size(); s++) {
            // Only Faith's PD needs to know which feature each value is; the others read the non-zero values.
            double[] values = tips != null ? profile.dense(s) : profile.nonZeroValues(s);
            List<AlphaResult> results = new ArrayList<>(measures.size());
            for (AlphaMeasure m : measures) {
                results.add(AlphaDiversity.compute(m, base, values, tips));
            }
            out.add(new SampleAlpha(profile.samples().get(s).id(), results));
        }
        return out;
    }

    /**
     * The distance matrix of all samples.
     *
     * @param profile the profile
     * @param measure the measure
     * @param tree the tree, needed for UniFrac only; features are matched to tips by ID
     * @return the matrix, rows in the profile's sample order
     * @throws IllegalArgumentException if the profile's values are CLR-transformed, or UniFrac is asked without a
     *     tree or with a tree missing a feature
     */
    public static DistanceMatrix beta(CommunityProfile profile, BetaMeasure measure, @Nullable PhylogeneticTree tree) {
        requireAbundances(profile);
        PhylogeneticTree.@Nullable Tips tips = measure.phylogenetic() ? tipsOf(profile, tree, measure.code()) : null;
        int n = profile.samples().size();
        List<String> ids = new ArrayList<>(n);
        List<int[]> indices = new ArrayList<>(n);
        List<double[]> values = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            ids.add(profile.samples().get(s).id());
            indices.add(profile.nonZeroFeatures(s));
            values.add(profile.nonZeroValues(s));
        }
        return BetaDiversity.matrix(measure, ids, profile.features().size(), indices, values, tips);
    }

    private static void requireAbundances(CommunityProfile profile) {
        if (profile.measurement().values() == ValueKind.CLR) {
            throw new IllegalArgumentException("diversity needs counts or relative abundances, not CLR values");
        }
    }

    private static PhylogeneticTree.Tips tipsOf(CommunityProfile profile, @Nullable PhylogeneticTree tree, String what) {
        if (tree == null) {
            throw new IllegalArgumentException(what + " needs a phylogenetic tree");
        }
        return tree.tipsOf(profile.features().stream().map(Feature::id).toList());
    }
}
