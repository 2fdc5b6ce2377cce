package org.msbiome.core.safety;

import org.msbiome.core.internal.Codes;

/**
 * Whether an adverse event is reported as serious. ClinicalTrials.gov lists "serious" and "other"
 * (non-serious) adverse events separately (API v2 {@code adverseEventsModule.seriousEvents} and
 * {@code otherEvents}).
 *
 * @since 0.1.0
 */
public enum Seriousness {
    /** A serious adverse event, as the source classifies it. */
    SERIOUS("serious"),
    /** An adverse event that is not serious ("other" adverse event on ClinicalTrials.gov). */
    NON_SERIOUS("non-serious");

    private final String code;

    Seriousness(String code) {
        this.code = code;
    }

    /** The code of this value, as written in documents. */
    public String code() {
        return code;
    }

    /**
     * The value with this code.
     *
     * @param code a code
     * @return the value
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static Seriousness fromCode(String code) {
        return Codes.fromCode(values(), Seriousness::code, "seriousness", code);
    }
}
