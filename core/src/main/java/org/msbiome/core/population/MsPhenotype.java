package org.msbiome.core.population;

import org.msbiome.core.internal.Codes;

/**
 * A clinical course of multiple sclerosis per Lublin et al. 2014 (Neurology 83(3):278–286,
 * PMID 24871874; table of phenotypes https://pmc.ncbi.nlm.nih.gov/articles/PMC6858896/table/Tab2).
 *
 * <p>Every phenotype takes an activity modifier ({@link DiseaseActivity}); only the progressive ones take a
 * progression modifier ({@link Progression}).
 *
 * @since 0.1.0
 */
public enum MsPhenotype {
    /** Clinically isolated syndrome, the course added in the 2013 revisions. */
    CIS("cis", false),
    /** Relapsing-remitting MS. */
    RRMS("rrms", false),
    /** Secondary progressive MS. */
    SPMS("spms", true),
    /** Primary progressive MS. */
    PPMS("ppms", true);

    private final String code;
    private final boolean progressive;

    MsPhenotype(String code, boolean progressive) {
        this.code = code;
        this.progressive = progressive;
    }

    /** The code, lower case, like {@code rrms}. */
    public String code() {
        return code;
    }

    /** Whether the phenotype is progressive and so takes a {@link Progression} modifier. */
    public boolean isProgressive() {
        return progressive;
    }

    /**
     * The phenotype with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no phenotype has this code; the message lists the valid codes
     */
    public static MsPhenotype fromCode(String code) {
        return Codes.fromCode(MsPhenotype.values(), MsPhenotype::code, "MS phenotype", code);
    }
}
