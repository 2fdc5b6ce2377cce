package org.msbiome.core.effect;

import org.msbiome.core.internal.Codes;

/**
 * What a result was compared against.
 *
 * @since 0.1.0
 */
public enum Comparison {
    /** Against a placebo group. */
    VS_PLACEBO("vs-placebo"),
    /**
     * A change from baseline within the intervention group: the same participants before and after, such
     * as "a significant increase ... in the intervention group". A within-group change, not a comparison
     * between groups, even in a placebo-controlled trial.
     */
    VS_BASELINE("vs-baseline"),
    /** Against a control group that did not receive a placebo (no treatment, usual care, or another control). */
    VS_CONTROL_GROUP("vs-control-group"),
    /** Against healthy controls. */
    VS_HEALTHY_CONTROLS("vs-healthy-controls"),
    /**
     * The paper names no comparator, as in "Probiotic resulted in a decrease of IL-6": the result may be a
     * change within the intervention group or a difference between groups, and the source does not say.
     */
    NOT_STATED("not-stated");

    private final String code;

    Comparison(String code) {
        this.code = code;
    }

    /** The code of this value, as written in documents. */
    public String code() {
        return code;
    }

    /**
     * Whether the result compares the intervention group with another group (placebo, control or healthy
     * controls), so that it can be pooled as a between-group effect; false for a change from baseline
     * and for a result whose comparator is not stated.
     *
     * @since 0.1.0
     */
    public boolean isBetweenGroups() {
        return this != VS_BASELINE && this != NOT_STATED;
    }

    /**
     * The value with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static Comparison fromCode(String code) {
        return Codes.fromCode(Comparison.values(), Comparison::code, "comparison", code);
    }
}
