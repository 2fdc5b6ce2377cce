package org.msbiome.io.ctgov;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One outcome measure of a record's results: what was measured, the measurements per group, the
 * reported analyses, and the effect sizes computed from the measurements where their form allows.
 *
 * @param pointer the JSON Pointer of the outcome measure in the record
 * @param title the measure's title
 * @param type the outcome type as given, like {@code PRIMARY}
 * @param param what the values are ({@code paramType}); empty when not given or not known
 * @param dispersion what the spreads are ({@code dispersionType}); empty when not given or not known
 * @param unit the unit of measure as given
 * @param timeFrame the time frame as given
 * @param measurements the measurements, in record order
 * @param analyses the reported analyses
 * @param effects the effect sizes computed from the measurements
 * @since 0.1.0
 */
public record OutcomeResult(
        String pointer,
        String title,
        Optional<String> type,
        Optional<MeasureParam> param,
        Optional<MeasureDispersion> dispersion,
        Optional<String> unit,
        Optional<String> timeFrame,
        List<OutcomeMeasurement> measurements,
        List<OutcomeAnalysis> analyses,
        List<OutcomeEffect> effects) {
    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the pointer is not a JSON Pointer or the title is blank
     */
    public OutcomeResult {
        pointer = Texts.requirePointer(pointer, "pointer");
        title = Texts.requireNonBlank(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(dispersion, "dispersion");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(timeFrame, "timeFrame");
        measurements = List.copyOf(measurements);
        analyses = List.copyOf(analyses);
        effects = List.copyOf(effects);
    }
}
