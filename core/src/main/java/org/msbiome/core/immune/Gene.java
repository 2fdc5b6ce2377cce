package org.msbiome.core.immune;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * A human gene: its HGNC symbol and, when a source gives it, its NCBI Gene ID.
 *
 * @param symbol the HGNC symbol, upper-case letters and digits, such as {@code IFNG} or {@code IL12B}
 * @param ncbiGeneId the NCBI Gene ID, such as 3458 for IFNG, when known
 * @since 0.1.0
 */
public record Gene(String symbol, Optional<Integer> ncbiGeneId) {
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Z0-9-]*");

    /**
     * Creates a gene.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the symbol is not upper-case letters, digits and hyphens, or the
     *     ID is not positive
     */
    public Gene {
        symbol = Checks.requireNonBlank(symbol, "symbol");
        Objects.requireNonNull(ncbiGeneId, "ncbiGeneId");
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("symbol " + Checks.quote(symbol) + " is not an HGNC symbol; expected "
                    + "upper-case letters and digits, like 'IFNG'");
        }
        if (ncbiGeneId.isPresent() && ncbiGeneId.get() < 1) {
            throw new IllegalArgumentException("ncbiGeneId " + Checks.quote(ncbiGeneId.get()) + " is not a "
                    + "positive number");
        }
    }

    /**
     * A gene with its NCBI Gene ID.
     *
     * @throws NullPointerException if {@code symbol} is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Gene of(String symbol, int ncbiGeneId) {
        return new Gene(symbol, Optional.of(ncbiGeneId));
    }

    /**
     * A gene whose NCBI Gene ID no cited source gives.
     *
     * @throws NullPointerException if {@code symbol} is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Gene of(String symbol) {
        return new Gene(symbol, Optional.empty());
    }
}
