package org.msbiome.core.immune;

import org.msbiome.core.internal.Codes;

/**
 * The assay a marker was measured with.
 *
 * @since 0.1.0
 */
public enum Assay {
    /** Enzyme-linked immunosorbent assay, one analyte per well. */
    ELISA("elisa"),
    /** Multiplex immunoassay (bead- or array-based), several analytes per sample. */
    MULTIPLEX_IMMUNOASSAY("multiplex-immunoassay"),
    /** Flow cytometry. */
    FLOW_CYTOMETRY("flow-cytometry"),
    /** Quantitative (real-time) PCR of mRNA. */
    QPCR("qpcr"),
    /** A colorimetric or spectrophotometric chemical assay. */
    COLORIMETRIC("colorimetric");

    private final String code;

    Assay(String code) {
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
    public static Assay fromCode(String code) {
        return Codes.fromCode(Assay.values(), Assay::code, "assay", code);
    }
}
