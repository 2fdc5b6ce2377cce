package org.msbiome.core.immune;

import org.msbiome.core.internal.Codes;

/**
 * The expression level of an antigen in a cell phenotype, as in "CD4+", "CD14high".
 *
 * @since 0.1.0
 */
public enum Expression {
    /** Expressed ("+"). */
    POSITIVE("+"),
    /** Not expressed ("−"). */
    NEGATIVE("-"),
    /** Highly expressed ("high", "++"). */
    HIGH("high"),
    /** Weakly expressed ("low", "dim"). */
    LOW("low");

    private final String code;

    Expression(String code) {
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
    public static Expression fromCode(String code) {
        return Codes.fromCode(Expression.values(), Expression::code, "expression", code);
    }
}
