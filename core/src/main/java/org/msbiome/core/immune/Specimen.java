package org.msbiome.core.immune;

import org.msbiome.core.internal.Codes;

/**
 * The specimen a marker was measured in.
 *
 * @since 0.1.0
 */
public enum Specimen {
    /** Serum. */
    SERUM("serum"),
    /** Plasma. */
    PLASMA("plasma"),
    /** Peripheral blood mononuclear cells themselves (for example for flow cytometry). */
    PBMC("pbmc"),
    /** Supernatant of cultured peripheral blood mononuclear cells. */
    PBMC_SUPERNATANT("pbmc-supernatant"),
    /** mRNA extracted from peripheral blood mononuclear cells (gene expression). */
    PBMC_MRNA("pbmc-mrna"),
    /** Cerebrospinal fluid. */
    CEREBROSPINAL_FLUID("csf"),
    /** Stool. */
    STOOL("stool"),
    /** A tissue sample (for example spinal cord or lymph node in animal studies). */
    TISSUE("tissue");

    private final String code;

    Specimen(String code) {
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
    public static Specimen fromCode(String code) {
        return Codes.fromCode(Specimen.values(), Specimen::code, "specimen", code);
    }
}
