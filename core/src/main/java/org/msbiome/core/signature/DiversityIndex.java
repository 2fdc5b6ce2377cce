package org.msbiome.core.signature;

import org.msbiome.core.internal.Codes;

/**
 * The alpha-diversity indices whose results BugSigDB records per experiment.
 *
 * @since 0.1.0
 */
public enum DiversityIndex {
    /** Pielou's evenness. Code {@code pielou}. */
    PIELOU("pielou"),
    /** Shannon index. Code {@code shannon}. */
    SHANNON("shannon"),
    /** Chao1 richness estimate. Code {@code chao1}. */
    CHAO1("chao1"),
    /** Simpson index. Code {@code simpson}. */
    SIMPSON("simpson"),
    /** Inverse Simpson index. Code {@code inverse-simpson}. */
    INVERSE_SIMPSON("inverse-simpson"),
    /** Richness (observed taxa). Code {@code richness}. */
    RICHNESS("richness");

    private final String code;

    DiversityIndex(String code) {
        this.code = code;
    }

    /**
     * The code, e.g. {@code inverse-simpson}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The index with this code.
     *
     * @param code the code
     * @return the index
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no index has this code; the message lists the codes
     */
    public static DiversityIndex fromCode(String code) {
        return Codes.fromCode(values(), DiversityIndex::code, "diversity index", code);
    }
}
