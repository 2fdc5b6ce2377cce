package org.msbiome.core.taxonomy;

import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * An identifier in the NCBI Taxonomy database, such as {@code 47715} for <i>Lacticaseibacillus
 * rhamnosus</i>.
 *
 * <p>An NCBI Taxonomy ID is a positive integer; it does not change when a taxon is renamed.
 *
 * @param value the positive number
 * @since 0.1.0
 */
public record NcbiTaxonId(int value) {
    /**
     * Checks the ID.
     *
     * @throws IllegalArgumentException if {@code value} is zero or negative
     */
    public NcbiTaxonId {
        if (value <= 0) {
            throw new IllegalArgumentException("NCBI Taxonomy ID " + value + " is not positive; expected a"
                    + " positive integer, like 47715");
        }
    }

    /**
     * The ID with the given number.
     *
     * @param value the positive number
     * @return the ID
     * @throws IllegalArgumentException if {@code value} is zero or negative
     */
    public static NcbiTaxonId of(int value) {
        return new NcbiTaxonId(value);
    }

    /**
     * Parses an ID written as its number ({@code "47715"}).
     *
     * @param text the number, surrounding white space allowed
     * @return the ID
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not a positive decimal integer
     */
    public static NcbiTaxonId parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("NCBI Taxonomy ID " + Checks.quote(text)
                    + " is not a number; expected a positive integer, like '47715'");
        }
        return new NcbiTaxonId(Integer.parseInt(digits));
    }

    /**
     * The ID as written by NCBI: its number.
     *
     * @return the number as text
     */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
