package org.msbiome.core.outcome;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.immune.Marker;
import org.msbiome.core.immune.Specimen;
import org.msbiome.core.measure.UcumUnit;

/**
 * An outcome measured as an immune or other biological marker, like serum hs-CRP in μg/mL or IFN-γ.
 *
 * @param marker the marker, from {@link org.msbiome.core.immune.Markers} or an unlisted one
 * @param specimen what it is measured in, when reported
 * @param unit the unit of the value, when reported
 * @since 0.1.0
 */
public record MarkerMeasure(Marker marker, Optional<Specimen> specimen, Optional<UcumUnit> unit)
        implements OutcomeMeasure {

    /**
     * @throws NullPointerException if a component is null
     */
    public MarkerMeasure {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(specimen, "specimen");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * A marker with specimen and unit not reported.
     *
     * @throws NullPointerException if {@code marker} is null
     */
    public static MarkerMeasure of(Marker marker) {
        return new MarkerMeasure(marker, Optional.empty(), Optional.empty());
    }

    /**
     * A marker measured in this specimen, in this unit.
     *
     * @throws NullPointerException if an argument is null
     */
    public static MarkerMeasure of(Marker marker, Specimen specimen, UcumUnit unit) {
        return new MarkerMeasure(marker, Optional.of(specimen), Optional.of(unit));
    }

    /** The marker's name, like {@code IFN-γ}. */
    @Override
    public String title() {
        return marker.name();
    }
}
