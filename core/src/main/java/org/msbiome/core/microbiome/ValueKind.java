package org.msbiome.core.microbiome;

import org.msbiome.core.internal.Codes;

/**
 * What the numbers of a community profile are.
 *
 * @since 0.1.0
 */
public enum ValueKind {
    /** Read counts as sequenced: non-negative integers. Code {@code counts}. */
    COUNTS("counts"),
    /** Counts rarefied (subsampled) to one depth per sample: non-negative integers. Code {@code rarefied-counts}. */
    RAREFIED_COUNTS("rarefied-counts"),
    /** Relative abundance as a proportion: each value in [0, 1], a sample's sum 1. Code {@code proportion}. */
    PROPORTION("proportion"),
    /** Relative abundance in percent: each value in [0, 100], a sample's sum 100. Code {@code percent}. */
    PERCENT("percent"),
    /** Centred log-ratio transformed abundances: any real number. Code {@code clr}. */
    CLR("clr");

    private final String code;

    ValueKind(String code) {
        this.code = code;
    }

    /**
     * The kind's code, e.g. {@code proportion}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether the values are integer counts.
     *
     * @return true for counts and rarefied counts
     */
    public boolean isCounts() {
        return this == COUNTS || this == RAREFIED_COUNTS;
    }

    /**
     * The sum of a complete sample: 1 for proportions, 100 for percent; 0 when there is no fixed sum.
     *
     * @return the sum of a complete sample, or 0
     */
    public double fullSum() {
        return this == PROPORTION ? 1.0 : this == PERCENT ? 100.0 : 0.0;
    }

    /**
     * The kind with the given code.
     *
     * @param code a code such as {@code counts}
     * @return the kind
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no kind has that code; the message lists the valid codes
     */
    public static ValueKind fromCode(String code) {
        return Codes.fromCode(values(), ValueKind::code, "value kind", code);
    }
}
