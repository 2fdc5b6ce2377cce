package org.msbiome.core.evidence;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
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

    /** Arm types that make an arm a concurrent control group. */
    private static final Set<ArmType> CONTROL_ARMS = EnumSet.of(ArmType.ACTIVE_COMPARATOR, ArmType.PLACEBO_COMPARATOR,
            ArmType.SHAM_COMPARATOR, ArmType.NO_INTERVENTION);

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

    /**
     * The level of one study for "does this intervention help?", derived from its design where the 2011
     * table defines it by design alone:
     *
     * <ul>
     *   <li>an interventional study with {@link Allocation#RANDOMIZED} allocation is a randomized trial:
     *       {@link #LEVEL_2};
     *   <li>an interventional study with {@link Allocation#NON_RANDOMIZED} allocation and at least one
     *       concurrent control arm (active, placebo or sham comparator, or no intervention) is a
     *       non-randomized controlled study: {@link #LEVEL_3}.
     * </ul>
     *
     * <p>Empty everywhere else, because the design does not decide the level:
     *
     * <ul>
     *   <li>allocation not reported: randomized and non-randomized studies are levels apart;
     *   <li>non-randomized without a concurrent control arm, or single-group ({@link Allocation#NA}):
     *       level 4 names case series, case-control and historically controlled studies, and whether a
     *       study is one of these (or has no comparison at all) is not recorded in the design;
     *   <li>observational studies: the design does not record whether it is a cohort or a case-control
     *       study, and an "observational study with dramatic effect" (level 2) depends on the results;
     *   <li>expanded access;
     *   <li>level 1 is a systematic review of trials, never one study.
     * </ul>
     *
     * <p>The table's footnote allows grading a level down for study quality, imprecision or indirectness;
     * that judgement is not made here.
     *
     * @param design the study's design
     * @return the level, or empty when the design does not decide it
     * @throws NullPointerException if {@code design} is null
     */
    public static Optional<OcebmLevel> forTreatmentBenefit(TrialDesign design) {
        Objects.requireNonNull(design, "design");
        if (design.studyType() != StudyType.INTERVENTIONAL || design.allocation().isEmpty()) {
            return Optional.empty();
        }
        return switch (design.allocation().get()) {
            case RANDOMIZED -> Optional.of(LEVEL_2);
            case NON_RANDOMIZED -> design.arms().stream().anyMatch(a -> CONTROL_ARMS.contains(a.type()))
                    ? Optional.of(LEVEL_3)
                    : Optional.empty();
            case NA -> Optional.empty();
        };
    }

    /**
     * The level of one study for "does this intervention help?": for a clinical study as
     * {@link #forTreatmentBenefit(TrialDesign)}; empty for a preclinical study, since the 2011 table for
     * treatment benefits ranks studies in people (animal evidence is indirect for a question about
     * people, and level 5, "mechanism-based reasoning", is not defined by a study design).
     *
     * @param study the study
     * @return the level, or empty when the design does not decide it
     * @throws NullPointerException if {@code study} is null
     */
    public static Optional<OcebmLevel> forTreatmentBenefit(Study study) {
        Objects.requireNonNull(study, "study");
        return study.design() instanceof StudyDesign.Clinical clinical
                ? forTreatmentBenefit(clinical.trial())
                : Optional.empty();
    }
}
