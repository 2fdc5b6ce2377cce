package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
/**
 * Whether a study retains biospecimens ({@code bioSpec.retention}): ClinicalTrials.gov API v2 enum {@code BioSpecRetention} (OpenAPI 2.0.5,
 * https://clinicaltrials.gov/data-api/api), with the API's exact value names.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum BioSpecRetention {
    /** No samples are retained. */
    NONE_RETAINED,
    /** Samples with DNA are retained. */
    SAMPLES_WITH_DNA,
    /** Samples without DNA are retained. */
    SAMPLES_WITHOUT_DNA;

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
    public static BioSpecRetention fromCode(String code) {
        return CtgovCodes.fromCode(values(), "biospecimen retention", code);
    }
}
