package org.msbiome.core.diversity;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.diversity.internal.NewickParser;
import org.msbiome.core.internal.Checks;

/**
 * A rooted phylogenetic tree with branch lengths, for Faith's phylogenetic diversity and UniFrac. Immutable;
 * stored as arrays in post-order (every node before its parent, the root last), so that one pass over the
 * nodes visits each branch once: UniFrac and Faith's PD take time linear in the number of nodes.
 *
 * <p>A branch without a length counts as length 0, as in scikit-bio; the root's own length is never counted.
 * Tip labels are unique (a repeated tip label is rejected, since a feature must map to one tip).
 *
 * @since 0.1.0
 */
public final class PhylogeneticTree {
    private final int[] parent;
    private final double[] length;
    private final @Nullable String[] label;
    private final boolean[] isTip;
    private final Map<String, Integer> tipIndex;
    private final double[] depth;

    private PhylogeneticTree(NewickParser.Parsed parsed) {
        this.parent = parsed.parent();
        this.label = parsed.label();
        this.isTip = parsed.isTip();
        int n = parent.length;
        this.length = new double[n];
        for (int i = 0; i < n; i++) {
            double l = parsed.length()[i];
            length[i] = parent[i] < 0 || Double.isNaN(l) ? 0.0 : l;
        }
        Map<String, Integer> tips = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (isTip[i] && label[i] != null && tips.put(label[i], i) != null) {
                throw new IllegalArgumentException("tip label " + Checks.quote(label[i])
                        + " occurs more than once; every tip needs its own label");
            }
        }
        this.tipIndex = Collections.unmodifiableMap(tips);
        this.depth = new double[n];
        for (int i = n - 2; i >= 0; i--) { // parents come after children: walk from the root down
            depth[i] = depth[parent[i]] + length[i];
        }
    }

    /**
     * Reads a tree from Newick text, such as
     * {@code ((OTU1:0.1,OTU2:0.2):0.3,(OTU3:0.5,OTU4:0.7):1.1)root;}.
     *
     * @param newick the Newick text of one tree, ending with {@code ;}
     * @return the tree
     * @throws NullPointerException if {@code newick} is null
     * @throws IllegalArgumentException if the text is not one well-formed Newick tree (the message gives the
     *     character offset), a branch length is negative, or a tip label occurs twice
     */
    public static PhylogeneticTree parseNewick(String newick) {
        Objects.requireNonNull(newick, "newick");
        return new PhylogeneticTree(NewickParser.parse(newick));
    }

    /**
     * The number of nodes (tips, internal nodes and the root).
     *
     * @return the node count
     */
    public int nodeCount() {
        return parent.length;
    }

    /**
     * The labels of the tips, in post-order.
     *
     * @return the tip labels
     */
    public Set<String> tipLabels() {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < parent.length; i++) {
            if (isTip[i] && label[i] != null) {
                out.add(label[i]);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * The sum of all branch lengths (the root's own length excluded).
     *
     * @return the total branch length
     */
    public double totalBranchLength() {
        double sum = 0;
        for (double l : length) {
            sum += l;
        }
        return sum;
    }

    /**
     * The node index of each feature's tip, for use with {@link AlphaDiversity#faithPd} and
     * {@link BetaDiversity}: features are matched to tip labels by exact text.
     *
     * @param featureIds the feature IDs, in the order of the count vectors
     * @return the tips of those features
     * @throws IllegalArgumentException if a feature has no tip in this tree (naming the first few)
     */
    public Tips tipsOf(List<String> featureIds) {
        int[] nodes = new int[featureIds.size()];
        StringBuilder missing = new StringBuilder();
        int missingCount = 0;
        for (int i = 0; i < nodes.length; i++) {
            Integer node = tipIndex.get(featureIds.get(i));
            if (node == null) {
                if (missingCount++ < 5) {
                    missing.append(missing.isEmpty() ? "" : ", ").append(Checks.quote(featureIds.get(i)));
                }
                nodes[i] = -1;
            } else {
                nodes[i] = node;
            }
        }
        if (missingCount > 0) {
            throw new IllegalArgumentException(missingCount + " feature(s) are not tips of the tree: " + missing
                    + (missingCount > 5 ? ", …" : ""));
        }
        return new Tips(this, nodes);
    }

    int[] parents() {
        return parent;
    }

    double[] lengths() {
        return length;
    }

    double[] depths() {
        return depth;
    }

    /**
     * The tips of a list of features in one tree, made by {@link PhylogeneticTree#tipsOf(List)}.
     *
     * @since 0.1.0
     */
    public static final class Tips {
        private final PhylogeneticTree tree;
        private final int[] nodes;

        private Tips(PhylogeneticTree tree, int[] nodes) {
            this.tree = tree;
            this.nodes = nodes;
        }

        /**
         * The tree.
         *
         * @return the tree these tips belong to
         */
        public PhylogeneticTree tree() {
            return tree;
        }

        /**
         * The number of features.
         *
         * @return how many features were mapped
         */
        public int size() {
            return nodes.length;
        }

        int node(int feature) {
            return nodes[feature];
        }
    }

    @Override
    public String toString() {
        return "PhylogeneticTree[" + parent.length + " nodes, " + tipIndex.size() + " tips, total length "
                + totalBranchLength() + "]";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PhylogeneticTree t && Arrays.equals(parent, t.parent) && Arrays.equals(length, t.length)
                && Arrays.equals(label, t.label) && Arrays.equals(isTip, t.isTip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(parent), Arrays.hashCode(length), Arrays.hashCode(label));
    }
}
