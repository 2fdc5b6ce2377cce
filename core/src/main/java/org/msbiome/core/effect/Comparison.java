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
    /** Against the same participants at baseline (before the intervention). */
    VS_BASELINE("vs-baseline"),
    /** Against a control group that did not receive a placebo (no treatment, usual care, or another control). */
    VS_CONTROL_GROUP("vs-control-group"),
    /** Against healthy controls. */
    VS_HEALTHY_CONTROLS("vs-healthy-controls");

    private final String code;

    Comparison(String code) {
        this.code = code;
    }

    /** The code of this value, as written in documents. */
    public String code() {
        return code;
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
