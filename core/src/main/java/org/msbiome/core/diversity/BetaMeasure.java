package org.msbiome.core.diversity;

import org.msbiome.core.internal.Codes;

/**
 * A beta-diversity (dissimilarity) measure between two samples. The name states the variant: Jaccard is either
 * presence/absence ({@link #JACCARD}, scikit-bio's and SciPy's {@code jaccard}, vegan's
 * {@code vegdist(binary = TRUE)}) or quantitative ({@link #JACCARD_QUANTITATIVE}, vegan's default
 * {@code vegdist(method = "jaccard")}); UniFrac is unweighted, weighted, or weighted and normalised.
 *
 * <p><b>Empty samples</b>: two empty samples are at distance 0 for Jaccard and every UniFrac (as scikit-bio and
 * SciPy), and NaN for Bray–Curtis and quantitative Jaccard (0/0, as SciPy and vegan). An empty sample against a
 * non-empty one is at distance 1, except unnormalised weighted UniFrac, which is then the mean root-to-tip
 * distance of the non-empty sample (scikit-bio's hand-computed {@code weighted_unifrac([1,1,1,0,0], [0,0,0,0,0])
 * == 2.0}).
 *
 * @since 0.1.0
 */
public enum BetaMeasure {
    /** Bray–Curtis Σ|a_i − b_i| / Σ(a_i + b_i). Code {@code braycurtis}. */
    BRAY_CURTIS("braycurtis", false),
    /** Jaccard on presence/absence: 1 − |A ∩ B| / |A ∪ B|. Code {@code jaccard}. */
    JACCARD("jaccard", false),
    /** Quantitative Jaccard 2B / (1 + B), B the Bray–Curtis dissimilarity (vegan's default). Code {@code jaccard-quantitative}. */
    JACCARD_QUANTITATIVE("jaccard-quantitative", false),
    /** Unweighted UniFrac: unique branch length over the branch length observed in either sample. Code {@code unweighted-unifrac}. */
    UNWEIGHTED_UNIFRAC("unweighted-unifrac", true),
    /** Weighted UniFrac Σ b_i |A_i/A_T − B_i/B_T|, not normalised (scikit-bio's default). Code {@code weighted-unifrac}. */
    WEIGHTED_UNIFRAC("weighted-unifrac", true),
    /** Weighted UniFrac divided by Σ_j d_j (A_j/A_T + B_j/B_T), d_j the root-to-tip distance: in [0, 1]. Code {@code weighted-normalized-unifrac}. */
    WEIGHTED_NORMALIZED_UNIFRAC("weighted-normalized-unifrac", true);

    private final String code;
    private final boolean phylogenetic;

    BetaMeasure(String code, boolean phylogenetic) {
        this.code = code;
        this.phylogenetic = phylogenetic;
    }

    /**
     * The measure's code, e.g. {@code braycurtis}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether the measure needs a phylogenetic tree.
     *
     * @return true for the UniFrac measures
     */
    public boolean phylogenetic() {
        return phylogenetic;
    }

    /**
     * The measure with the given code.
     *
     * @param code a code such as {@code braycurtis}
     * @return the measure
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no measure has that code; the message lists the valid codes
     */
    public static BetaMeasure fromCode(String code) {
        return Codes.fromCode(values(), BetaMeasure::code, "beta-diversity measure", code);
    }
}
