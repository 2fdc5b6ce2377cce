package org.msbiome.core.formulation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.msbiome.core.formulation.internal.NonEmptyFormulationValidator;

/**
 * A formulation has something in it: at least one strain component or one prebiotic ingredient. A
 * product with neither cannot be described, whatever its kind. The violation is reported on
 * {@code components}.
 *
 * <p>The supported type is {@link org.msbiome.core.formulation.Formulation}. {@code null} is considered
 * valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = NonEmptyFormulationValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(NonEmptyFormulation.List.class)
public @interface NonEmptyFormulation {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{org.msbiome.core.formulation.NonEmptyFormulation.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@code @NonEmptyFormulation} constraints on one type.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        NonEmptyFormulation[] value();
    }
}
