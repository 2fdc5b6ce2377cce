package org.msbiome.core.immune;

import java.util.Objects;

/**
 * A cytokine's place on a T-helper (or regulatory) axis: produced by a lineage, or driving it.
 *
 * @param lineage the lineage
 * @param role how the cytokine relates to it
 * @since 0.1.0
 */
public record Axis(Lineage lineage, AxisRole role) {
    /**
     * Creates an axis entry.
     *
     * @throws NullPointerException if a component is null
     */
    public Axis {
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(role, "role");
    }

    /** Produced by {@code lineage}. */
    public static Axis producedBy(Lineage lineage) {
        return new Axis(lineage, AxisRole.PRODUCED_BY);
    }

    /** Drives {@code lineage}. */
    public static Axis drives(Lineage lineage) {
        return new Axis(lineage, AxisRole.DRIVES);
    }
}
