package org.msbiome.core.population;

import org.msbiome.core.internal.Codes;

/**
 * The progression modifier of a progressive MS phenotype per Lublin et al. 2014 (PMID 24871874):
 * progression is measured clinically at least annually
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC6858896/table/Tab2).
 *
 * @since 0.1.0
 */
public enum Progression {
    /** With progression. */
    WITH_PROGRESSION("with-progression"),
    /** Without progression. */
    WITHOUT_PROGRESSION("without-progression");

    private final String code;

    Progression(String code) {
        this.code = code;
    }

    /** The code, lower-case kebab, like {@code with-progression}. */
    public String code() {
        return code;
    }

    /**
     * The progression modifier with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no modifier has this code; the message lists the valid codes
     */
    public static Progression fromCode(String code) {
        return Codes.fromCode(Progression.values(), Progression::code, "progression", code);
    }
}
