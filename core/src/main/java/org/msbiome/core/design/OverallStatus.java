package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * The recruitment status of a study: ClinicalTrials.gov API v2 `Status` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `Status`). The last four values apply to expanded access.
 *
 * @since 0.1.0
 */
public enum OverallStatus {
    /** Ongoing, no longer recruiting. */
    ACTIVE_NOT_RECRUITING,
    /** Completed. */
    COMPLETED,
    /** Enrolling by invitation. */
    ENROLLING_BY_INVITATION,
    /** Not yet recruiting. */
    NOT_YET_RECRUITING,
    /** Recruiting. */
    RECRUITING,
    /** Suspended. */
    SUSPENDED,
    /** Terminated. */
    TERMINATED,
    /** Withdrawn. */
    WITHDRAWN,
    /** Expanded access: available. */
    AVAILABLE,
    /** Expanded access: no longer available. */
    NO_LONGER_AVAILABLE,
    /** Expanded access: temporarily not available. */
    TEMPORARILY_NOT_AVAILABLE,
    /** Expanded access: approved for marketing. */
    APPROVED_FOR_MARKETING,
    /** Withheld. */
    WITHHELD,
    /** The registry value {@code UNKNOWN}: a reported status, not an absent one. */
    UNKNOWN;

    /** The ClinicalTrials.gov API v2 enum value, identical to the constant's name. */
    public String code() {
        return name();
    }

    /**
     * The constant with this ClinicalTrials.gov API v2 value (exact, upper case).
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has this code; the message lists the valid codes
     */
    public static OverallStatus fromCode(String code) {
        return Codes.fromCode(OverallStatus.values(), OverallStatus::code, "overall status", code);
    }
}
