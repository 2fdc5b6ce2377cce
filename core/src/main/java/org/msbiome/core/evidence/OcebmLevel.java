package org.msbiome.core.evidence;

import org.msbiome.core.internal.Codes;

/**
 * The Oxford Centre for Evidence-Based Medicine 2011 levels of evidence (OCEBM Levels of Evidence Working
 * Group, "The Oxford 2011 Levels of Evidence") for the question "Does this intervention help? (Treatment
 * benefits)"; wording of each level from the 2011 table (https://bjsm.bmj.com/highwire/markup/117566/expansion).
 * The table's footnote says a level "may be graded down on the basis of study quality, imprecision,
 * indirectness …"; such grading is not modelled here.
 *
 * <p>This is not the older lettered scheme (1a, 1b, 2a …), which is a different scale and is not
 * modelled here.
 *
 * @since 0.1.0
 */
public enum OcebmLevel {
    /** Level 1: "Systematic review of randomized trials or n-of-1 trials". */
    LEVEL_1("1", "Systematic review of randomized trials or n-of-1 trials"),
    /** Level 2: "Randomized trial or observational study with dramatic effect". */
    LEVEL_2("2", "Randomized trial or observational study with dramatic effect"),
    /** Level 3: "Non-randomized controlled cohort/follow-up study". */
    LEVEL_3("3", "Non-randomized controlled cohort/follow-up study"),
    /** Level 4: "Case-series, case-control studies, or historically controlled studies". */
    LEVEL_4("4", "Case-series, case-control studies, or historically controlled studies"),
    /** Level 5: "Mechanism-based reasoning". */
    LEVEL_5("5", "Mechanism-based reasoning");

    private final String code;
    private final String evidence;

    OcebmLevel(String code, String evidence) {
        this.code = code;
        this.evidence = evidence;
    }

    /**
     * The level's number as text, {@code 1} to {@code 5}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The level's number, 1 (strongest) to 5.
     *
     * @return the number
     */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * The kind of evidence at this level, as the 2011 table words it for treatment benefits.
     *
     * @return the wording
     */
    public String evidence() {
        return evidence;
    }

    /**
     * The level with this code.
     *
     * @param code {@code 1} to {@code 5}
     * @return the level
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no level has this code; the message lists the valid codes
     */
    public static OcebmLevel fromCode(String code) {
        return Codes.fromCode(values(), OcebmLevel::code, "OCEBM level", code);
    }
}
