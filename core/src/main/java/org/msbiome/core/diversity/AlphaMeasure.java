package org.msbiome.core.diversity;

import org.msbiome.core.internal.Codes;

/**
 * An alpha-diversity measure of one sample. Definitions and edge values follow scikit-bio
 * ({@code skbio.diversity.alpha}, commit 2068527a) and agree with R vegan 2.6-4 where vegan has the measure. For a
 * sample with counts x_i, total N, S observed features (x_i &gt; 0) and proportions p_i = x_i / N:
 *
 * <p>An <b>empty sample</b> (all zeros, or no features) gives 0 for the richness measures ({@link #OBSERVED},
 * {@link #CHAO1}, {@link #CHAO1_CLASSIC}, {@link #ACE}, {@link #FAITH_PD}: nothing was observed) and NaN for the
 * measures built on proportions ({@link #SHANNON}, {@link #SIMPSON}, {@link #DOMINANCE}, {@link #INVERSE_SIMPSON},
 * {@link #PIELOU}: the proportions are 0/0), as scikit-bio returns NaN for {@code shannon([0, 0])}. A
 * <b>single-feature sample</b> gives Shannon 0, Simpson 0, dominance 1, inverse Simpson 1 and Pielou 1 (scikit-bio's
 * {@code pielou_e([5]) == 1}). No measure throws on such samples.
 *
 * @since 0.1.0
 */
public enum AlphaMeasure {
    /** Observed features S: the number of features with a non-zero value. Code {@code observed}. */
    OBSERVED("observed", false),
    /** Shannon's index H = −Σ p_i log p_i, in an explicit {@link LogBase}. Code {@code shannon}. */
    SHANNON("shannon", false),
    /** Gini–Simpson index 1 − D = 1 − Σ p_i² (scikit-bio {@code simpson}, vegan {@code "simpson"}). Code {@code simpson}. */
    SIMPSON("simpson", false),
    /** Simpson's dominance D = Σ p_i² (scikit-bio {@code dominance}). Code {@code dominance}. */
    DOMINANCE("dominance", false),
    /** Inverse Simpson 1 / D (vegan {@code "invsimpson"}). Code {@code inverse-simpson}. */
    INVERSE_SIMPSON("inverse-simpson", false),
    /** Pielou's evenness J = H / ln S (independent of the logarithm's base). Code {@code pielou}. */
    PIELOU("pielou", false),
    /**
     * Bias-corrected Chao1: S + F1 (F1 − 1) / (2 (F2 + 1)), F1 singletons and F2 doubletons (scikit-bio's default,
     * vegan {@code estimateR}'s S.chao1). Needs integer counts. Code {@code chao1}.
     */
    CHAO1("chao1", true),
    /**
     * Classic Chao1: S + F1² / (2 F2). When F2 = 0 the formula is undefined and the bias-corrected form is used,
     * as scikit-bio and EstimateS do; the result then records {@link #CHAO1}. Needs integer counts. Code
     * {@code chao1-classic}.
     */
    CHAO1_CLASSIC("chao1-classic", true),
    /**
     * Abundance-based coverage estimator with rare threshold 10 (scikit-bio {@code ace}, vegan {@code estimateR}'s
     * S.ACE). Needs integer counts. NaN when every rare feature is a singleton (coverage 0: scikit-bio raises an
     * error there). Code {@code ace}.
     */
    ACE("ace", true),
    /**
     * Faith's phylogenetic diversity: the total branch length of the tree spanned by the observed features and the
     * root (scikit-bio {@code faith_pd}). Needs a {@link PhylogeneticTree}. Code {@code faith-pd}.
     */
    FAITH_PD("faith-pd", false);

    private final String code;
    private final boolean needsCounts;

    AlphaMeasure(String code, boolean needsCounts) {
        this.code = code;
        this.needsCounts = needsCounts;
    }

    /**
     * The measure's code, e.g. {@code inverse-simpson}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether the measure needs integer counts (singletons and doubletons), not relative abundances.
     *
     * @return true for Chao1 and ACE
     */
    public boolean needsCounts() {
        return needsCounts;
    }

    /**
     * The measure with the given code.
     *
     * @param code a code such as {@code shannon}
     * @return the measure
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no measure has that code; the message lists the valid codes
     */
    public static AlphaMeasure fromCode(String code) {
        return Codes.fromCode(values(), AlphaMeasure::code, "alpha-diversity measure", code);
    }
}
