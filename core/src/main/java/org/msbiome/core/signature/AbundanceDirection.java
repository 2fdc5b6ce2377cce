package org.msbiome.core.signature;

import org.msbiome.core.internal.Codes;

/**
 * The direction of a signature: how the abundance of its taxa differs in group 1 against group 0.
 *
 * @since 0.1.0
 */
public enum AbundanceDirection {
    /** Higher in group 1. Code {@code increased}. */
    INCREASED("increased"),
    /** Lower in group 1. Code {@code decreased}. */
    DECREASED("decreased");

    private final String code;

    AbundanceDirection(String code) {
        this.code = code;
    }

    /**
     * The code, as BugSigDB writes it in "Abundance in Group 1".
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The direction with this code.
     *
     * @param code {@code increased} or {@code decreased}
     * @return the direction
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no direction has this code; the message lists the codes
     */
    public static AbundanceDirection fromCode(String code) {
        return Codes.fromCode(values(), AbundanceDirection::code, "abundance direction", code);
    }
}
