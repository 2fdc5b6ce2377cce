package org.msbiome.core.immune;

import org.msbiome.core.internal.Codes;

/**
 * The usual class of a cytokine in MS and probiotic papers.
 *
 * @since 0.1.0
 */
public enum InflammatoryClass {
    /** Pro-inflammatory. */
    PRO_INFLAMMATORY("pro-inflammatory"),
    /** Anti-inflammatory. */
    ANTI_INFLAMMATORY("anti-inflammatory"),
    /** Regulatory (characteristic of regulatory T cells). */
    REGULATORY("regulatory");

    private final String code;

    InflammatoryClass(String code) {
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
    public static InflammatoryClass fromCode(String code) {
        return Codes.fromCode(InflammatoryClass.values(), InflammatoryClass::code, "inflammatory class", code);
    }
}
