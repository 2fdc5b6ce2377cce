package org.msbiome.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.msbiome.core.validation.internal.ProbabilityValidator;

/**
 * The annotated number is a probability: between 0 and 1, both included. Used for P values, which by
 * definition are probabilities.
 *
 * <p>The supported types are {@code double} and {@code Double}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ProbabilityValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(Probability.List.class)
public @interface Probability {
    /** The message template. */
    String message() default "{org.msbiome.core.validation.Probability.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link Probability} constraints on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface List {
        /** The constraints. */
        Probability[] value();
    }
}
