package org.msbiome.core.population;

import org.msbiome.core.internal.Codes;

/**
 * The activity modifier of an MS phenotype per Lublin et al. 2014 (PMID 24871874): active means clinical
 * relapses and/or MRI activity (gadolinium-enhancing lesions or new or enlarging T2 lesions) assessed at
 * least annually; without an assessment, activity is indeterminate
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC6858896/table/Tab2).
 *
 * @since 0.1.0
 */
public enum DiseaseActivity {
    /** Relapses and/or MRI activity. */
    ACTIVE("active"),
    /** Neither relapses nor MRI activity. */
    NOT_ACTIVE("not-active"),
    /** Activity was not assessed. */
    INDETERMINATE("indeterminate");

    private final String code;

    DiseaseActivity(String code) {
        this.code = code;
    }

    /** The code, lower-case kebab, like {@code not-active}. */
    public String code() {
        return code;
    }

    /**
     * The activity with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no activity has this code; the message lists the valid codes
     */
    public static DiseaseActivity fromCode(String code) {
        return Codes.fromCode(DiseaseActivity.values(), DiseaseActivity::code, "disease activity", code);
    }
}
