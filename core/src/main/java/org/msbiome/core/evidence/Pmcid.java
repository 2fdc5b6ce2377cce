package org.msbiome.core.evidence;

import org.msbiome.core.internal.Checks;

/**
 * A PubMed Central identifier (PMCID): {@code PMC} followed by the decimal digits of the article's
 * number in PubMed Central, such as {@code PMC5763484} (https://pmc.ncbi.nlm.nih.gov/articles/PMC5763484).
 *
 * <p>{@link #parse(String)} accepts the prefix in any case ({@code pmc5763484}) and writes it in the
 * canonical upper case; it rejects bare digits, which could as well be a PMID.
 *
 * @param number the number after {@code PMC}, positive
 * @since 0.1.0
 */
public record Pmcid(long number) implements PublicationId {
    private static final int MAX_DIGITS = 18;

    /**
     * Checks that the number is positive.
     *
     * @param number the number after {@code PMC}
     * @throws IllegalArgumentException if {@code number} is zero or negative
     */
    public Pmcid {
        if (number <= 0) {
            throw new IllegalArgumentException("PMCID number " + number
                    + " is not positive; expected 'PMC' and a positive integer, like 'PMC5763484'");
        }
    }

    /**
     * Parses a PMCID: {@code PMC} (any case) followed by decimal digits without leading zeros;
     * surrounding white space is removed.
     *
     * @param text the text to parse
     * @return the PMCID
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not {@code PMC} followed by a positive integer
     */
    public static Pmcid parse(String text) {
        String stripped = Checks.requireNonBlank(text, "PMCID");
        String digits = stripped.regionMatches(true, 0, "PMC", 0, 3) ? stripped.substring(3) : "";
        if (!digits.matches("[1-9][0-9]*") || digits.length() > MAX_DIGITS) {
            throw new IllegalArgumentException("PMCID " + Checks.quote(text)
                    + " is not 'PMC' followed by a positive integer; expected a form like 'PMC5763484'");
        }
        return new Pmcid(Long.parseLong(digits));
    }

    /** The PMCID in canonical form, {@code PMC} and the number. */
    @Override
    public String value() {
        return "PMC" + number;
    }

    /** The PMCID in canonical form, {@code PMC} and the number. */
    @Override
    public String toString() {
        return value();
    }
}
