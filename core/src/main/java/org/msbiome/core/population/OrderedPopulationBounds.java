package org.msbiome.core.population;

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
 * Checks that each minimum of a {@link Population} is not above its maximum: the EDSS bounds and the age
 * bounds. Reported at the maximum ({@code maximumEdss}, {@code maximumAge}).
 *
 * <p>The supported type is {@link Population}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = org.msbiome.core.population.internal.OrderedPopulationBoundsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(OrderedPopulationBounds.List.class)
public @interface OrderedPopulationBounds {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.population.OrderedPopulationBounds.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link OrderedPopulationBounds} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        OrderedPopulationBounds[] value();
    }
}
