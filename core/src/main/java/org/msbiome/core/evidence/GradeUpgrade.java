package org.msbiome.core.evidence;

import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * A reason to rate a GRADE body of evidence up, with the reviewers' rationale: two levels only for a very
 * large effect ({@link GradeUpgradeDomain#maximumLevels()}), otherwise one.
 *
 * @param domain the reason
 * @param levels how many levels to rate up, 1, or 2 for a very large effect
 * @param rationale why, in the reviewers' words; trimmed, not blank
 * @since 0.1.0
 */
public record GradeUpgrade(GradeUpgradeDomain domain, int levels, String rationale) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code domain} or {@code rationale} is null
     * @throws IllegalArgumentException if {@code levels} is below 1 or above the domain's maximum, or the
     *     rationale is blank
     */
    public GradeUpgrade {
        Objects.requireNonNull(domain, "domain");
        if (levels < 1 || levels > domain.maximumLevels()) {
            throw new IllegalArgumentException("levels " + levels + " for " + domain.code() + " is out of range; expected "
                    + (domain.maximumLevels() == 1 ? "1" : "1 (large) or 2 (very large)"));
        }
        rationale = Checks.requireNonBlank(rationale, "rationale");
    }

    /**
     * Rate up one level.
     *
     * @param domain the reason
     * @param rationale why
     * @return the rating
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rationale is blank
     */
    public static GradeUpgrade oneLevel(GradeUpgradeDomain domain, String rationale) {
        return new GradeUpgrade(domain, 1, rationale);
    }

    /**
     * Rate up two levels for a very large effect.
     *
     * @param rationale why
     * @return the rating
     * @throws NullPointerException if {@code rationale} is null
     * @throws IllegalArgumentException if the rationale is blank
     */
    public static GradeUpgrade veryLargeEffect(String rationale) {
        return new GradeUpgrade(GradeUpgradeDomain.LARGE_EFFECT, 2, rationale);
    }

    /**
     * The FHIR {@code certainty-rating} code of this step: {@code upcode1} or {@code upcode2}.
     *
     * @return the code
     */
    public String ratingCode() {
        return "upcode" + levels;
    }
}
