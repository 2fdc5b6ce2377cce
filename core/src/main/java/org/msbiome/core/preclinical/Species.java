package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * The species of the animals in a study.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Species {
    /** The house mouse. */
    MOUSE("mouse"),
    /** The rat. */
    RAT("rat");

    private final String code;

    Species(String code) {
        this.code = code;
    }

    /** The code, lower case, like {@code mouse}. */
    public String code() {
        return code;
    }

    /**
     * The species with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no species has this code; the message lists the valid codes
     */
    public static Species fromCode(String code) {
        return Codes.fromCode(Species.values(), Species::code, "species", code);
    }
}
