package org.msbiome.core.evidence;

import org.msbiome.core.internal.Codes;

/**
 * The three GRADE reasons to rate the certainty of a body of evidence up (GRADE Working Group; table at
 * https://bmjopen.bmj.com/highwire/markup/215908/expansion; Guyatt et al., GRADE guidelines 9, J Clin
 * Epidemiol 2011, abstract at
 * https://edoc.unibas.ch/entities/publication/41859cd4-3ed4-4923-8c48-e6beb678b9e9). GRADE describes
 * rating up for methodologically rigorous observational studies. Codes from the HL7 FHIR R5 code system
 * {@code http://hl7.org/fhir/certainty-type}.
 *
 * @since 0.1.0
 */
public enum GradeUpgradeDomain {
    /**
     * A large effect: up one level for a large effect (GRADE guidelines 9: at least a two-fold reduction or
     * increase in risk), two for a very large one (at least five-fold).
     */
    LARGE_EFFECT("LargeEffect", 2),
    /** A dose–response gradient: up one level. */
    DOSE_RESPONSE_GRADIENT("DoseResponseGradient", 1),
    /**
     * All plausible confounding would reduce a demonstrated effect, or suggest a spurious effect when
     * results show no effect: up one level.
     */
    PLAUSIBLE_CONFOUNDING("PlausibleConfounding", 1);

    private final String code;
    private final int maximumLevels;

    GradeUpgradeDomain(String code, int maximumLevels) {
        this.code = code;
        this.maximumLevels = maximumLevels;
    }

    /**
     * The FHIR {@code certainty-type} code, like {@code LargeEffect}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The most levels this reason can rate up: 2 for a large effect, 1 for the others.
     *
     * @return 1 or 2
     */
    public int maximumLevels() {
        return maximumLevels;
    }

    /**
     * The domain with this FHIR code (exact, case-sensitive).
     *
     * @param code the code
     * @return the domain
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no domain has this code; the message lists the valid codes
     */
    public static GradeUpgradeDomain fromCode(String code) {
        return Codes.fromCode(values(), GradeUpgradeDomain::code, "GRADE rating-up domain", code);
    }
}
