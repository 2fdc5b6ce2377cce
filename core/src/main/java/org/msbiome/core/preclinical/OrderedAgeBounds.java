package org.msbiome.core.preclinical;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Checks that the youngest age of {@link Animals} is not above the oldest. Reported at the maximum
 * ({@code maximumAgeWeeks}).
 *
 * <p>The supported type is {@link Animals}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Constraint(validatedBy = org.msbiome.core.preclinical.internal.OrderedAgeBoundsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(OrderedAgeBounds.List.class)
public @interface OrderedAgeBounds {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.preclinical.OrderedAgeBounds.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link OrderedAgeBounds} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        OrderedAgeBounds[] value();
    }
}
