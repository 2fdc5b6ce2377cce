package org.msbiome.core.formulation;

import org.msbiome.core.internal.Codes;

/**
 * Whether the microorganisms of a formulation are alive.
 *
 * @since 0.1.0
 */
public enum Viability {
    /** Live microorganisms, as in a probiotic. */
    LIVE("live"),
    /** Inactivated (non-viable) microorganisms or their components, as in a postbiotic. */
    INACTIVATED("inactivated");

    private final String code;

    Viability(String code) {
        this.code = code;
    }

    /**
     * The code, e.g. {@code live}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The constant with the given code.
     *
     * @param code a code such as {@code live}
     * @return the constant
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has that code; the message lists the valid codes
     */
    public static Viability fromCode(String code) {
        return Codes.fromCode(values(), Viability::code, "viability", code);
    }
}
