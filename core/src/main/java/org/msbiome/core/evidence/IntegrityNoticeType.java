package org.msbiome.core.evidence;

import org.msbiome.core.internal.Codes;

/**
 * The kind of notice a journal publishes about an article's integrity, as PubMed links them to the
 * article (for example the expression of concern and the retraction of Tamtaji et al. 2017, PMID 28922099:
 * PubMed notices PMID 33155885 and 38980210).
 *
 * @since 0.1.0
 */
public enum IntegrityNoticeType {
    /** An expression of concern: the journal warns that the article's reliability is in question. */
    EXPRESSION_OF_CONCERN("expression-of-concern"),
    /** A correction (erratum, corrigendum): part of the article was corrected. */
    CORRECTION("correction"),
    /** A retraction: the article is withdrawn and should not be relied on. */
    RETRACTION("retraction");

    private final String code;

    IntegrityNoticeType(String code) {
        this.code = code;
    }

    /**
     * The code of the kind, lower-case kebab: {@code expression-of-concern}, {@code correction},
     * {@code retraction}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The kind with this code.
     *
     * @param code the code
     * @return the kind
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no kind has this code; the message lists the valid codes
     */
    public static IntegrityNoticeType fromCode(String code) {
        return Codes.fromCode(values(), IntegrityNoticeType::code, "integrity notice type", code);
    }
}
