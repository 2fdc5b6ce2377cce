package org.msbiome.core.effect;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.msbiome.core.effect.internal.DirectionMatchesIntervalValidator;

/**
 * A result's direction agrees with the confidence interval of its effect size. Effects are on a scale
 * where 0 is no effect (differences, and ratios as logs), and a direction states a statistically
 * significant change or none:
 * <ul>
 *   <li>{@code INCREASED} needs an interval entirely above 0;</li>
 *   <li>{@code DECREASED} needs an interval entirely below 0;</li>
 *   <li>{@code NO_SIGNIFICANT_CHANGE} needs an interval that contains 0.</li>
 * </ul>
 * (A Wald interval at level 1 − α excludes 0 exactly when the two-sided Wald test of no effect is
 * significant at α; an interval from another method, or a P value from another test, can disagree near the
 * boundary, which this constraint then reports for a human to check.) The violation is reported on the
 * {@code direction} component. A result without an effect size, or whose effect has no interval, is
 * valid.
 *
 * <p>The supported type is {@link org.msbiome.core.effect.ComparisonResult}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = DirectionMatchesIntervalValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(DirectionMatchesInterval.List.class)
public @interface DirectionMatchesInterval {
    /** The message template. */
    String message() default "{org.msbiome.core.effect.DirectionMatchesInterval.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link DirectionMatchesInterval} constraints on the same type.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The constraints. */
        DirectionMatchesInterval[] value();
    }
}
