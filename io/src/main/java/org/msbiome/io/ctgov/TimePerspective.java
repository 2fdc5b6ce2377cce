package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
/**
 * The time perspective of an observational study ({@code designInfo.timePerspective}): ClinicalTrials.gov API v2 enum {@code DesignTimePerspective} (OpenAPI 2.0.5,
 * https://clinicaltrials.gov/data-api/api), with the API's exact value names.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum TimePerspective {
    /** Retrospective. */
    RETROSPECTIVE,
    /** Prospective. */
    PROSPECTIVE,
    /** Cross-sectional. */
    CROSS_SECTIONAL,
    /** Other. */
    OTHER;

    /**
     * The ClinicalTrials.gov API v2 value, identical to the constant's name.
     *
     * @return the value
     */
    public String code() {
        return name();
    }

    /**
     * The constant with this ClinicalTrials.gov API v2 value (exact, upper case).
     *
     * @param code the value
     * @return the constant
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has this value; the message lists the valid values
     */
    public static TimePerspective fromCode(String code) {
        return CtgovCodes.fromCode(values(), "time perspective", code);
    }
}
