package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
/**
 * Whether a date is actual or estimated ({@code PartialDateStruct.type}): ClinicalTrials.gov API v2 enum {@code DateType} (OpenAPI 2.0.5,
 * https://clinicaltrials.gov/data-api/api), with the API's exact value names.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum DateType {
    /** The date has passed. */
    ACTUAL,
    /** The date is anticipated. */
    ESTIMATED;

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
    public static DateType fromCode(String code) {
        return CtgovCodes.fromCode(values(), "date type", code);
    }
}
