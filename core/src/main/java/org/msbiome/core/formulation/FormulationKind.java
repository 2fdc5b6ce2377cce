package org.msbiome.core.formulation;

import org.msbiome.core.internal.Codes;

/**
 * What a formulation is: probiotic, prebiotic, synbiotic or postbiotic. Which contents each kind
 * needs is checked by {@link org.msbiome.core.formulation.ConsistentFormulationKind}.
 *
 * @since 0.1.0
 */
public enum FormulationKind {
    /** Live microorganisms. */
    PROBIOTIC("probiotic"),
    /** A substrate used by host microorganisms, without microorganisms of its own. */
    PREBIOTIC("prebiotic"),
    /** Live microorganisms together with a substrate (prebiotic ingredients). */
    SYNBIOTIC("synbiotic"),
    /** Inactivated microorganisms or their components. */
    POSTBIOTIC("postbiotic");

    private final String code;

    FormulationKind(String code) {
        this.code = code;
    }

    /**
     * The code, e.g. {@code probiotic}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The constant with the given code.
     *
     * @param code a code such as {@code probiotic}
     * @return the constant
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has that code; the message lists the valid codes
     */
    public static FormulationKind fromCode(String code) {
        return Codes.fromCode(values(), FormulationKind::code, "formulation kind", code);
    }
}
