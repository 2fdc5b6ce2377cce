package org.msbiome.core.evidence;

import org.msbiome.core.internal.Codes;

/**
 * The five GRADE reasons to rate the certainty of a body of evidence down (GRADE Working Group; table at
 * https://bmjopen.bmj.com/highwire/markup/215908/expansion). The first four are rated down by one level
 * for a serious concern and two for a very serious concern; publication bias by one level when likely and
 * two when very likely. Codes from the HL7 FHIR R5 code system {@code http://hl7.org/fhir/certainty-type}.
 *
 * @since 0.1.0
 */
public enum GradeDowngradeDomain {
    /** Risk of bias (limitations in the design or conduct of the studies). */
    RISK_OF_BIAS("RiskOfBias"),
    /** Inconsistency (unexplained heterogeneity of the results). */
    INCONSISTENCY("Inconsistency"),
    /** Indirectness (the population, intervention, comparator or outcome differ from the question's). */
    INDIRECTNESS("Indirectness"),
    /** Imprecision (wide confidence intervals, few participants or events). */
    IMPRECISION("Imprecision"),
    /** Publication bias (studies missing from the body of evidence because of their results). */
    PUBLICATION_BIAS("PublicationBias");

    private final String code;

    GradeDowngradeDomain(String code) {
        this.code = code;
    }

    /**
     * The FHIR {@code certainty-type} code, like {@code RiskOfBias}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The domain with this FHIR code (exact, case-sensitive).
     *
     * @param code the code
     * @return the domain
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no domain has this code; the message lists the valid codes
     */
    public static GradeDowngradeDomain fromCode(String code) {
        return Codes.fromCode(values(), GradeDowngradeDomain::code, "GRADE rating-down domain", code);
    }
}
