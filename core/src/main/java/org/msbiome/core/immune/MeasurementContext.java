package org.msbiome.core.immune;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.measure.TimePoint;
import org.msbiome.core.measure.UcumUnit;

/**
 * Where, how, in what unit and when a marker was measured; each part only when the paper gives it.
 *
 * @param specimen the specimen, such as serum or PBMC mRNA
 * @param assay the assay, such as ELISA or flow cytometry
 * @param unit the unit of the published values, as a UCUM code
 * @param timePoint when the measurement was taken
 * @since 0.1.0
 */
public record MeasurementContext(
        Optional<Specimen> specimen, Optional<Assay> assay, Optional<UcumUnit> unit, Optional<TimePoint> timePoint) {
    /**
     * Creates a context.
     *
     * @throws NullPointerException if a component is null
     */
    public MeasurementContext {
        Objects.requireNonNull(specimen, "specimen");
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(timePoint, "timePoint");
    }

    /** A context of which nothing was reported. */
    public static MeasurementContext unreported() {
        return new MeasurementContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A copy with this specimen. */
    public MeasurementContext withSpecimen(Specimen specimen) {
        return new MeasurementContext(Optional.of(specimen), assay, unit, timePoint);
    }

    /** A copy with this assay. */
    public MeasurementContext withAssay(Assay assay) {
        return new MeasurementContext(specimen, Optional.of(assay), unit, timePoint);
    }

    /** A copy with this unit. */
    public MeasurementContext withUnit(UcumUnit unit) {
        return new MeasurementContext(specimen, assay, Optional.of(unit), timePoint);
    }

    /** A copy with this time point. */
    public MeasurementContext withTimePoint(TimePoint timePoint) {
        return new MeasurementContext(specimen, assay, unit, Optional.of(timePoint));
    }
}
