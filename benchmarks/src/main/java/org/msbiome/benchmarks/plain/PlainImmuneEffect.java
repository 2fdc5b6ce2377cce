package org.msbiome.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The JSON shape of an immune-effect document, as plain records. A sealed interface's variants are one
 * record with the union of their properties (in wire order).
 *
 * @param marker the marker: a well-known name or an object
 * @param result the result
 * @param context the measurement context
 */
public record PlainImmuneEffect(@JsonDeserialize(using = OneOf.Reader.class) OneOf marker, Result result,
        Context context) {

    /** The document. @param format f @param version v @param kind k @param immuneEffect the value */
    public record Document(String format, String version, String kind,
            @JsonProperty("immune-effect") PlainImmuneEffect immuneEffect) {}

    /**
     * Comparison result.
     *
     * @param comparison code
     * @param direction code
     * @param pValue P value
     * @param treatment group summary
     * @param comparator group summary
     * @param effect effect size
     */
    public record Result(String comparison, String direction, @Nullable PValue pValue, @Nullable Group treatment,
            @Nullable Group comparator, @Nullable Effect effect) {}

    /** P value. @param relation code @param value value */
    public record PValue(String relation, double value) {}

    /**
     * Group summary (mean or median).
     *
     * @param type type name
     * @param n size
     * @param mean mean
     * @param spread spread
     * @param median median
     * @param lowerQuartile quartile
     * @param upperQuartile quartile
     */
    public record Group(String type, @Nullable Integer n, @Nullable Double mean, @Nullable Spread spread,
            @Nullable Double median, @Nullable Double lowerQuartile, @Nullable Double upperQuartile) {}

    /** Spread. @param type type name @param value value @param interval interval of the mean */
    public record Spread(String type, @Nullable Double value, @Nullable Interval interval) {}

    /** Confidence interval. @param lower l @param upper u @param level level */
    public record Interval(double lower, double upper, double level) {}

    /**
     * Effect size (computed or reported).
     *
     * @param type type name
     * @param measure code
     * @param estimate estimate
     * @param variance variance
     * @param confidenceInterval interval
     * @param computation computation
     */
    public record Effect(String type, @Nullable String measure, double estimate, @Nullable Double variance,
            @Nullable Interval confidenceInterval, @Nullable Computation computation) {}

    /**
     * Computation.
     *
     * @param measure code
     * @param biasCorrection code
     * @param varianceFormula code
     * @param treatmentSd code
     * @param controlSd code
     * @param continuityCorrection value
     * @param interval code
     */
    public record Computation(String measure, String biasCorrection, String varianceFormula,
            @Nullable String treatmentSd, @Nullable String controlSd, double continuityCorrection, String interval) {}

    /** Measurement context. @param specimen s @param assay a @param unit u @param timePoint t */
    public record Context(@Nullable String specimen, @Nullable String assay, @Nullable String unit,
            @Nullable TimePoint timePoint) {}

    /** Time point. @param type type name @param elapsed elapsed time */
    public record TimePoint(String type, @Nullable Quantity elapsed) {}

    /** Quantity. @param value value @param unit unit code */
    public record Quantity(BigDecimal value, String unit) {}
}
