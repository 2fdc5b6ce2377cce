package org.msbiome.core.immune;

import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * One antigen of a cell phenotype with its expression, as "CD25+" or "CD14high".
 *
 * @param antigen the antigen as usually written, such as {@code CD4} or {@code FoxP3}
 * @param expression its expression
 * @since 0.1.0
 */
public record CellMarker(String antigen, Expression expression) {
    /**
     * Creates a cell marker.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the antigen is blank
     */
    public CellMarker {
        antigen = Checks.requireNonBlank(antigen, "antigen");
        Objects.requireNonNull(expression, "expression");
    }

    /** The antigen expressed ("+"). */
    public static CellMarker positive(String antigen) {
        return new CellMarker(antigen, Expression.POSITIVE);
    }

    /** As written in a phenotype: {@code CD4+}, {@code CD14high}. */
    @Override
    public String toString() {
        return antigen + expression.code();
    }
}
