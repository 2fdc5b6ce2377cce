package org.msbiome.core.immune;

import org.msbiome.core.internal.Codes;

/**
 * The kinds of {@link Marker}.
 *
 * @since 0.1.0
 */
public enum MarkerKind {
    /** A cytokine or chemokine ({@link Cytokine}). */
    CYTOKINE("cytokine"),
    /** A population of cells ({@link CellPopulation}). */
    CELL_POPULATION("cell-population"),
    /** Any other biomarker ({@link Biomarker}): a protein, a metabolite, a transcription factor. */
    BIOMARKER("biomarker");

    private final String code;

    MarkerKind(String code) {
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
    public static MarkerKind fromCode(String code) {
        return Codes.fromCode(MarkerKind.values(), MarkerKind::code, "marker kind", code);
    }
}
