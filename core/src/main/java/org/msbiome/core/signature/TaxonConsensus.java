package org.msbiome.core.signature;

import java.util.List;
import java.util.Objects;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.taxonomy.TaxonRank;

/**
 * How often one taxon was reported increased and decreased, with the sign test on those counts; a row of
 * {@link Signatures#consensus(java.util.Collection, TaxonRank, CountingUnit)}.
 *
 * @param taxon the taxon's current name at the rank (through the taxonomy snapshot), or its name as written
 *     when the snapshot does not list it
 * @param rank the rank
 * @param unit what one vote is
 * @param increased the number of units reporting it increased in group 1
 * @param decreased the number of units reporting it decreased in group 1
 * @param conflicting the number of units reporting it both increased and decreased (left out of the test)
 * @param pValue the exact two-sided binomial sign test (p = 0.5) of {@code increased} against
 *     {@code increased + decreased}; 1 when both are 0
 * @param namesAsWritten the names the sources wrote for this taxon, sorted
 * @param units the IDs of the studies or experiments that reported it, sorted
 * @since 0.1.0
 */
public record TaxonConsensus(String taxon, TaxonRank rank, CountingUnit unit, int increased, int decreased,
        int conflicting, double pValue, List<String> namesAsWritten, List<String> units) {
    /**
     * Checks the counts and copies the lists.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative or the p-value is not in [0, 1]
     */
    public TaxonConsensus {
        taxon = Checks.requireNonBlank(taxon, "taxon");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(unit, "unit");
        if (increased < 0 || decreased < 0 || conflicting < 0) {
            throw new IllegalArgumentException("counts must not be negative; got " + increased + ", " + decreased
                    + ", " + conflicting);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value " + pValue + " is not in [0, 1]");
        }
        namesAsWritten = Checks.copyOf(namesAsWritten, "namesAsWritten");
        units = Checks.copyOf(units, "units");
    }

    /**
     * The number of units in the test: {@code increased + decreased}.
     *
     * @return the number of votes
     */
    public int votes() {
        return increased + decreased;
    }
}
