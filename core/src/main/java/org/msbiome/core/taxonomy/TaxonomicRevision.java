package org.msbiome.core.taxonomy;

import org.msbiome.core.internal.Codes;

/**
 * A published revision of names that msbiome applies when it resolves a former name.
 *
 * @since 0.1.0
 */
public enum TaxonomicRevision {
    /**
     * Zheng J, Wittouck S, … Gänzle MG, Lebeer S. "A taxonomic note on the genus <i>Lactobacillus</i>:
     * description of 23 novel genera, emended description of the genus <i>Lactobacillus</i> Beijerinck 1901,
     * and union of <i>Lactobacillaceae</i> and <i>Leuconostocaceae</i>". Int J Syst Evol Microbiol 2020;
     * 70(4):2782–2858. doi:10.1099/ijsem.0.004107. It split <i>Lactobacillus</i> into 25 genera; only the
     * genus of a moved species changes.
     */
    ZHENG_2020("zheng-2020", "Zheng et al. 2020", "10.1099/ijsem.0.004107");

    private final String code;
    private final String citation;
    private final String doi;

    TaxonomicRevision(String code, String citation, String doi) {
        this.code = code;
        this.citation = citation;
        this.doi = doi;
    }

    /**
     * The revision's code, e.g. {@code zheng-2020}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * A short citation, e.g. {@code Zheng et al. 2020}.
     *
     * @return the citation
     */
    public String citation() {
        return citation;
    }

    /**
     * The DOI of the publication, e.g. {@code 10.1099/ijsem.0.004107}.
     *
     * @return the DOI, without a {@code doi:} or URL prefix
     */
    public String doi() {
        return doi;
    }

    /**
     * The revision with the given code.
     *
     * @param code a code such as {@code zheng-2020}
     * @return the revision
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no revision has that code; the message lists the valid codes
     */
    public static TaxonomicRevision fromCode(String code) {
        return Codes.fromCode(values(), TaxonomicRevision::code, "taxonomic revision", code);
    }
}
