package org.msbiome.core.immune;

import org.msbiome.core.internal.Codes;

/**
 * How a cytokine relates to a lineage.
 *
 * @since 0.1.0
 */
public enum AxisRole {
    /** The lineage produces the cytokine (a signature or effector cytokine of it). */
    PRODUCED_BY("produced-by"),
    /** The cytokine drives the lineage: induces its differentiation or expands it. */
    DRIVES("drives");

    private final String code;

    AxisRole(String code) {
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
    public static AxisRole fromCode(String code) {
        return Codes.fromCode(AxisRole.values(), AxisRole::code, "axis role", code);
    }
}
