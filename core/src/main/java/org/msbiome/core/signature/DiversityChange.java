package org.msbiome.core.signature;

import org.msbiome.core.internal.Codes;

/**
 * What an experiment found for an alpha-diversity index in group 1 against group 0.
 *
 * @since 0.1.0
 */
public enum DiversityChange {
    /** Higher in group 1. Code {@code increased}. */
    INCREASED("increased"),
    /** Lower in group 1. Code {@code decreased}. */
    DECREASED("decreased"),
    /** No significant difference. Code {@code unchanged}. */
    UNCHANGED("unchanged");

    private final String code;

    DiversityChange(String code) {
        this.code = code;
    }

    /**
     * The code, as BugSigDB writes it.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The change with this code.
     *
     * @param code {@code increased}, {@code decreased} or {@code unchanged}
     * @return the change
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no change has this code; the message lists the codes
     */
    public static DiversityChange fromCode(String code) {
        return Codes.fromCode(values(), DiversityChange::code, "diversity change", code);
    }
}
