package org.msbiome.core.evidence;

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
 * Checks that a {@link org.msbiome.core.evidence.Finding} agrees with its study, rules every meta-analyst
 * applies when extracting data (Cochrane Handbook chapter 5, "Collecting data": each result is tied to the
 * study's intervention groups and outcomes, https://training.cochrane.org/handbook/current/chapter-05):
 *
 * <ul>
 *   <li>the intervention is one the study's design gives (reported at {@code intervention});
 *   <li>when the design lists outcomes, the outcome's measure is one of theirs (at {@code outcome});
 *   <li>the subjects are people for a clinical study and an animal model for a preclinical one (at
 *       {@code subjects});
 *   <li>a comparison with placebo is made in a study that gives a placebo, and the intervention compared
 *       with it is not itself a placebo (at {@code result.comparison} and {@code intervention}).
 * </ul>
 *
 * <p>The supported type is {@code Finding}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {org.msbiome.core.evidence.internal.ConsistentFindingValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentFinding.List.class)
public @interface ConsistentFinding {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.evidence.ConsistentFinding.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ConsistentFinding} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        ConsistentFinding[] value();
    }
}
