package org.msbiome.core.evidence;

import org.msbiome.core.internal.Codes;

/**
 * The kind of studies a GRADE body of evidence consists of, which sets the certainty the rating starts
 * from: randomised trials start high, observational studies start low (GRADE Working Group; table at
 * https://bmjopen.bmj.com/highwire/markup/215908/expansion).
 *
 * @since 0.1.0
 */
public enum GradeStartingDesign {
    /** Randomised trials: the rating starts at {@link GradeCertainty#HIGH}. */
    RANDOMIZED_TRIALS("randomized-trials", GradeCertainty.HIGH),
    /** Observational studies: the rating starts at {@link GradeCertainty#LOW}. */
    OBSERVATIONAL_STUDIES("observational-studies", GradeCertainty.LOW);

    private final String code;
    private final GradeCertainty start;

    GradeStartingDesign(String code, GradeCertainty start) {
        this.code = code;
        this.start = start;
    }

    /**
     * The code: {@code randomized-trials} or {@code observational-studies}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The certainty a body of evidence of this kind starts from before rating down or up.
     *
     * @return high for randomised trials, low for observational studies
     */
    public GradeCertainty startingCertainty() {
        return start;
    }

    /**
     * The design with this code.
     *
     * @param code the code
     * @return the design
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no design has this code; the message lists the valid codes
     */
    public static GradeStartingDesign fromCode(String code) {
        return Codes.fromCode(values(), GradeStartingDesign::code, "GRADE starting design", code);
    }
}
