package org.msbiome.core.evidence;

import org.msbiome.core.internal.Checks;

/**
 * A PubMed identifier (PMID): a positive integer assigned by the US National Library of Medicine to each
 * PubMed record, written without leading zeros, such as {@code 28922099}
 * (https://pubmed.ncbi.nlm.nih.gov/28922099/).
 *
 * @param number the PMID, positive
 * @since 0.1.0
 */
public record Pmid(long number) implements PublicationId {
    private static final int MAX_DIGITS = 18;

    /**
     * Checks that the PMID is positive.
     *
     * @param number the PMID
     * @throws IllegalArgumentException if {@code number} is zero or negative
     */
    public Pmid {
        if (number <= 0) {
            throw new IllegalArgumentException(
                    "PMID " + number + " is not positive; expected a positive integer, like '28922099'");
        }
    }

    /**
     * A PMID from its number.
     *
     * @param number the PMID
     * @return the PMID
     * @throws IllegalArgumentException if {@code number} is zero or negative
     */
    public static Pmid of(long number) {
        return new Pmid(number);
    }

    /**
     * Parses a PMID: decimal digits without leading zeros, optionally after {@code PMID:} (any case,
     * with or without a space); surrounding white space is removed.
     *
     * @param text the text to parse
     * @return the PMID
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not a positive decimal integer without leading zeros
     */
    public static Pmid parse(String text) {
        String digits = Checks.requireNonBlank(text, "PMID");
        if (digits.regionMatches(true, 0, "PMID:", 0, 5)) {
            digits = digits.substring(5).strip();
        }
        if (!digits.matches("[1-9][0-9]*") || digits.length() > MAX_DIGITS) {
            throw new IllegalArgumentException("PMID " + Checks.quote(text)
                    + " is not a positive integer without leading zeros; expected digits, like '28922099'");
        }
        return new Pmid(Long.parseLong(digits));
    }

    /** The PMID as decimal digits. */
    @Override
    public String value() {
        return Long.toString(number);
    }

    /** The PMID as decimal digits. */
    @Override
    public String toString() {
        return value();
    }
}
