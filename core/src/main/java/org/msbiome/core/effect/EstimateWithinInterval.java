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
import org.msbiome.core.effect.internal.EstimateWithinIntervalValidator;

/**
 * An effect size's confidence interval contains its point estimate: an interval that does not is a
 * transcription error (swapped limits of another outcome, a ratio stored beside log limits, a typo). The
 * violation is reported on the {@code confidenceInterval} component.
 *
 * <p>The supported types are {@link org.msbiome.core.effect.ComputedEffect} and
 * {@link org.msbiome.core.effect.ReportedEffect}; an effect without an interval is valid. {@code null} is
 * considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = EstimateWithinIntervalValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(EstimateWithinInterval.List.class)
public @interface EstimateWithinInterval {
    /** The message template. */
    String message() default "{org.msbiome.core.effect.EstimateWithinInterval.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link EstimateWithinInterval} constraints on the same type.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The constraints. */
        EstimateWithinInterval[] value();
    }
}
