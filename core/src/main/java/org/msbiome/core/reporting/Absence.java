package org.msbiome.core.reporting;

import org.msbiome.core.internal.Codes;

/**
 * Why a part of a record that a source can leave out holds nothing. A record that can say this keeps a map
 * from its parts to an {@code Absence} (for example {@code TrialDesign.absent()}); a part without an entry
 * means what it always meant (its value, or an empty list or {@code Optional} when the source gave none and
 * said nothing about why). An entry never stands in for a value: a part marked absent holds no value.
 *
 * @since 0.1.0
 */
public enum Absence {
    /** The source does not report the part (a registry record without the module, a paper that does not say). */
    NOT_REPORTED("not-reported"),
    /** The part does not apply to this study (for example arms of a design that has none). */
    NOT_APPLICABLE("not-applicable"),
    /** The source says the part is not known (for example "unknown" in a registry field). */
    UNKNOWN("unknown");

    private final String code;

    Absence(String code) {
        this.code = code;
    }

    /** The code: {@code not-reported}, {@code not-applicable} or {@code unknown}. */
    public String code() {
        return code;
    }

    /**
     * The constant with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has this code; the message lists the valid codes
     */
    public static Absence fromCode(String code) {
        return Codes.fromCode(Absence.values(), Absence::code, "absence", code);
    }
}
