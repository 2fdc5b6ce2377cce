package org.msbiome.core.immune;

import org.msbiome.core.internal.Codes;

/**
 * A lymphocyte lineage that cytokines are the signature of or drive.
 *
 * @since 0.1.0
 */
public enum Lineage {
    /** T helper 1 cells (transcription factor T-bet, TBX21). */
    TH1("th1"),
    /** T helper 2 cells (GATA3). */
    TH2("th2"),
    /** T helper 17 cells (RORγt, RORC). */
    TH17("th17"),
    /** T helper 22 cells. */
    TH22("th22"),
    /** Regulatory T cells (FOXP3). */
    TREG("treg"),
    /** Regulatory B cells. */
    BREG("breg");

    private final String code;

    Lineage(String code) {
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
    public static Lineage fromCode(String code) {
        return Codes.fromCode(Lineage.values(), Lineage::code, "lineage", code);
    }
}
