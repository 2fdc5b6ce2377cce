package org.msbiome.core.microbiome;

import org.msbiome.core.internal.Codes;

/**
 * How a community profile was obtained from the specimen's DNA.
 *
 * @since 0.1.0
 */
public enum ProfilingMethod {
    /** 16S rRNA gene amplicon sequencing (bacteria and archaea), of one or more variable regions. Code {@code 16s-rrna-amplicon}. */
    AMPLICON_16S("16s-rrna-amplicon"),
    /** 18S rRNA gene amplicon sequencing (eukaryotes). Code {@code 18s-rrna-amplicon}. */
    AMPLICON_18S("18s-rrna-amplicon"),
    /** Internal transcribed spacer amplicon sequencing (fungi). Code {@code its-amplicon}. */
    ITS_AMPLICON("its-amplicon"),
    /** Shotgun metagenomic sequencing. Code {@code shotgun-metagenomics}. */
    SHOTGUN_METAGENOMICS("shotgun-metagenomics"),
    /** Quantitative PCR of chosen targets. Code {@code qpcr}. */
    QPCR("qpcr");

    private final String code;

    ProfilingMethod(String code) {
        this.code = code;
    }

    /**
     * The method's code, e.g. {@code 16s-rrna-amplicon}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether the method amplifies a marker gene, so that a variable region may be stated.
     *
     * @return true for the amplicon methods
     */
    public boolean isAmplicon() {
        return this == AMPLICON_16S || this == AMPLICON_18S || this == ITS_AMPLICON;
    }

    /**
     * The method with the given code.
     *
     * @param code a code such as {@code shotgun-metagenomics}
     * @return the method
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no method has that code; the message lists the valid codes
     */
    public static ProfilingMethod fromCode(String code) {
        return Codes.fromCode(values(), ProfilingMethod::code, "profiling method", code);
    }
}
