package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * The framework of a trial's comparison, as SPIRIT 2013 item 8 lists it ("superiority, equivalence,
 * noninferiority, exploratory"; https://pmc.ncbi.nlm.nih.gov/articles/PMC8710499/table/T1).
 *
 * @since 0.1.0
 */
public enum TrialFramework {
    /** The trial tests whether one intervention is better than another. */
    SUPERIORITY("superiority"),
    /** The trial tests whether one intervention is not worse than another by more than a margin. */
    NON_INFERIORITY("non-inferiority"),
    /** The trial tests whether two interventions differ by less than a margin. */
    EQUIVALENCE("equivalence"),
    /** The trial explores effects without a confirmatory hypothesis. */
    EXPLORATORY("exploratory");

    private final String code;

    TrialFramework(String code) {
        this.code = code;
    }

    /** The code, lower-case kebab, like {@code non-inferiority}. */
    public String code() {
        return code;
    }

    /**
     * The framework with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no framework has this code; the message lists the valid codes
     */
    public static TrialFramework fromCode(String code) {
        return Codes.fromCode(TrialFramework.values(), TrialFramework::code, "trial framework", code);
    }
}
