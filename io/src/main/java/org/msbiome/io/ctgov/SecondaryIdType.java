package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
/**
 * The type of a secondary identifier: ClinicalTrials.gov API v2 enum {@code SecondaryIdType} (OpenAPI 2.0.5,
 * https://clinicaltrials.gov/data-api/api), with the API's exact value names.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SecondaryIdType {
    /** A U.S. National Institutes of Health grant or contract number. */
    NIH,
    /** A U.S. Food and Drug Administration number. */
    FDA,
    /** A U.S. Department of Veterans Affairs number. */
    VA,
    /** A U.S. Centers for Disease Control and Prevention number. */
    CDC,
    /** A U.S. Agency for Healthcare Research and Quality number. */
    AHRQ,
    /** A U.S. Substance Abuse and Mental Health Services Administration number. */
    SAMHSA,
    /** Another grant or funding number. */
    OTHER_GRANT,
    /** A EudraCT number. */
    EUDRACT_NUMBER,
    /** An EU Clinical Trials Information System (CTIS) trial number; new in API 2.0.5. */
    CTIS,
    /** An identifier in another trial registry. */
    REGISTRY,
    /** Another identifier. */
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
    public static SecondaryIdType fromCode(String code) {
        return CtgovCodes.fromCode(values(), "secondary ID type", code);
    }
}
