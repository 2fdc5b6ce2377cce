package org.msbiome.core.design;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks that the parts of a {@link org.msbiome.core.design.TrialDesign} agree. Each broken rule is
 * reported at the field that is wrong:
 *
 * <ul>
 *   <li>{@code arms}: a randomized trial has at least two arms (CONSORT 2010 item 3a: a randomised
 *       comparison needs groups to compare); a single-group design has exactly one arm; the participants
 *       assigned to the arms do not outnumber an actual enrollment. The first two rules, the allocation
 *       ratio's and "every intervention is given in an arm" apply only to reported arms: when
 *       {@code absent} marks {@code arms} (for example a registry record without arms), they are not
 *       checked;
 *   <li>{@code arms}, {@code interventions}, {@code outcomes}: a part that {@code absent} marks holds no
 *       value;
 *   <li>{@code washout}: a crossover design states a washout or a number of periods;
 *   <li>{@code arms[i].label}: arm labels are unique (ClinicalTrials.gov links arms by label);
 *   <li>{@code arms[i].interventionNames}: every name is one of the trial's interventions; a
 *       placebo-comparator arm gives a placebo; an experimental, active-, placebo- or sham-comparator arm
 *       gives at least one intervention; a no-intervention arm gives none;
 *   <li>{@code interventions[i]}: every intervention is given in at least one arm;
 *   <li>{@code interventions[i].name}: intervention names are unique;
 *   <li>{@code allocationRatio}: the ratio has one part per arm (CONSORT 2010 item 3a, SPIRIT 2013 item 8);
 *   <li>{@code phases}: {@code NA} is not combined with a phase, and no phase is listed twice.
 * </ul>
 *
 * <p>The supported type is {@code TrialDesign}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {org.msbiome.core.design.internal.ConsistentTrialDesignValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentTrialDesign.List.class)
public @interface ConsistentTrialDesign {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.design.ConsistentTrialDesign.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ConsistentTrialDesign} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        ConsistentTrialDesign[] value();
    }
}
