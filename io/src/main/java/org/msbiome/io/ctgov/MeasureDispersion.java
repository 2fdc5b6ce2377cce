package org.msbiome.io.ctgov;

import java.util.Map;
import java.util.Objects;

/**
 * The kind of spread of an outcome measurement: the ClinicalTrials.gov API v2 {@code MeasureDispersionType}
 * enum (OpenAPI specification 2.0.5), whose names are the codes.
 *
 * <p>Records also carry the registry's display text instead of the API name ("Standard Error", "Full Range"
 * in {@code NCT02210780} and {@code NCT00763412}); {@link #fromText(String)} accepts exactly the display
 * texts listed in {@link #DISPLAY_TEXTS}, seen in those records, and nothing it would have to guess.
 *
 * @since 0.1.0
 */
public enum MeasureDispersion {
    /** No dispersion. */
    NA,
    /** Standard deviation. */
    STANDARD_DEVIATION,
    /** Standard error of the mean. */
    STANDARD_ERROR,
    /** Inter-quartile range (lower and upper limits are the quartiles). */
    INTER_QUARTILE_RANGE,
    /** Full range (lower and upper limits are the minimum and maximum). */
    FULL_RANGE,
    /** 80% confidence interval. */
    CONFIDENCE_80,
    /** 90% confidence interval. */
    CONFIDENCE_90,
    /** 95% confidence interval. */
    CONFIDENCE_95,
    /** 97.5% confidence interval. */
    CONFIDENCE_975,
    /** 99% confidence interval. */
    CONFIDENCE_99,
    /** A confidence interval of another level. */
    CONFIDENCE_OTHER,
    /** Geometric coefficient of variation. */
    GEOMETRIC_COEFFICIENT;

    /** Display texts of the registry, as found in real records, and the value each stands for. */
    public static final Map<String, MeasureDispersion> DISPLAY_TEXTS = Map.of(
            "Standard Error", STANDARD_ERROR,
            "Full Range", FULL_RANGE);

    /** The code of this value: its API name. */
    public String code() {
        return name();
    }

    /**
     * The value with this code.
     *
     * @param code an API name, like {@code STANDARD_ERROR}
     * @return the value
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static MeasureDispersion fromCode(String code) {
        return CtgovCodes.fromCode(values(), "dispersion type", code);
    }

    /**
     * The value of an API name or of one of the {@link #DISPLAY_TEXTS}.
     *
     * @param text the text of the record
     * @return the value
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is neither
     */
    public static MeasureDispersion fromText(String text) {
        Objects.requireNonNull(text, "text");
        MeasureDispersion display = DISPLAY_TEXTS.get(text);
        return display != null ? display : fromCode(text);
    }
}
