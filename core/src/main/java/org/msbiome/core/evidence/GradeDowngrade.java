package org.msbiome.core.evidence;

import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * A reason to rate a GRADE body of evidence down, by one or two levels, with the reviewers' rationale.
 * One level is a serious concern (for publication bias: likely), two a very serious concern (very
 * likely).
 *
 * @param domain the reason
 * @param levels how many levels to rate down, 1 or 2
 * @param rationale why, in the reviewers' words; trimmed, not blank
 * @since 0.1.0
 */
public record GradeDowngrade(GradeDowngradeDomain domain, int levels, String rationale) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code domain} or {@code rationale} is null
     * @throws IllegalArgumentException if {@code levels} is not 1 or 2, or the rationale is blank
     */
    public GradeDowngrade {
        Objects.requireNonNull(domain, "domain");
        if (levels != 1 && levels != 2) {
            throw new IllegalArgumentException("levels " + levels + " for " + domain.code()
                    + " is out of range; expected 1 (serious) or 2 (very serious)");
        }
        rationale = Checks.requireNonBlank(rationale, "rationale");
    }

    /**
     * Rate down one level: a serious concern (for publication bias: likely).
     *
     * @param domain the reason
     * @param rationale why
     * @return the rating
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rationale is blank
     */
    public static GradeDowngrade serious(GradeDowngradeDomain domain, String rationale) {
        return new GradeDowngrade(domain, 1, rationale);
    }

    /**
     * Rate down two levels: a very serious concern (for publication bias: very likely).
     *
     * @param domain the reason
     * @param rationale why
     * @return the rating
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rationale is blank
     */
    public static GradeDowngrade verySerious(GradeDowngradeDomain domain, String rationale) {
        return new GradeDowngrade(domain, 2, rationale);
    }

    /**
     * The FHIR {@code certainty-rating} code of this step: {@code downcode1} or {@code downcode2}.
     *
     * @return the code
     */
    public String ratingCode() {
        return "downcode" + levels;
    }
}
