package org.msbiome.core.validation;

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
 * Checks that each minimum is not above its maximum: the EDSS and age bounds of a
 * {@link org.msbiome.core.population.Population} and the age bounds of
 * {@link org.msbiome.core.preclinical.Animals}. Reported at the maximum ({@code maximumEdss},
 * {@code maximumAge}, {@code maximumAgeWeeks}).
 *
 * <p>The supported types are {@code Population} and {@code Animals}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {org.msbiome.core.validation.internal.OrderedBoundsValidatorForPopulation.class, org.msbiome.core.validation.internal.OrderedBoundsValidatorForAnimals.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(OrderedBounds.List.class)
public @interface OrderedBounds {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.validation.OrderedBounds.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link OrderedBounds} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        OrderedBounds[] value();
    }
}
