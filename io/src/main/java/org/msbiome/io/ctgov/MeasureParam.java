package org.msbiome.io.ctgov;



/**
 * What an outcome measurement's value is: the ClinicalTrials.gov API v2 {@code MeasureParam} enum
 * (OpenAPI specification 2.0.5), whose names are the codes.
 *
 * @since 0.1.0
 */
public enum MeasureParam {
    /** Geometric mean. */
    GEOMETRIC_MEAN,
    /** Geometric least-squares mean. */
    GEOMETRIC_LEAST_SQUARES_MEAN,
    /** Least-squares (model-adjusted) mean. */
    LEAST_SQUARES_MEAN,
    /** Mean of logarithms. */
    LOG_MEAN,
    /** Arithmetic mean. */
    MEAN,
    /** Median. */
    MEDIAN,
    /** A number (such as a percentage). */
    NUMBER,
    /** A count of participants. */
    COUNT_OF_PARTICIPANTS,
    /** A count of units (eyes, lesions, ...). */
    COUNT_OF_UNITS;

    /** The code of this value: its API name. */
    public String code() {
        return name();
    }

    /**
     * The value with this code.
     *
     * @param code an API name, like {@code MEAN}
     * @return the value
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static MeasureParam fromCode(String code) {
        return CtgovCodes.fromCode(values(), "measure parameter", code);
    }
}
