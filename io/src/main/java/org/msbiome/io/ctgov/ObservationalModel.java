package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
/**
 * The model of an observational study ({@code designInfo.observationalModel}): ClinicalTrials.gov API v2 enum {@code ObservationalModel} (OpenAPI 2.0.5,
 * https://clinicaltrials.gov/data-api/api), with the API's exact value names.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ObservationalModel {
    /** Cohort. */
    COHORT,
    /** Case-control. */
    CASE_CONTROL,
    /** Case-only. */
    CASE_ONLY,
    /** Case-crossover. */
    CASE_CROSSOVER,
    /** Ecologic or community. */
    ECOLOGIC_OR_COMMUNITY,
    /** Family-based. */
    FAMILY_BASED,
    /** Defined population. */
    DEFINED_POPULATION,
    /** Natural history. */
    NATURAL_HISTORY,
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
    public static ObservationalModel fromCode(String code) {
        return CtgovCodes.fromCode(values(), "observational model", code);
    }
}
