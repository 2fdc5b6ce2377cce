package org.msbiome.core.microbiome;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.msbiome.core.microbiome.internal.ConsistentProfileValuesValidator;

/**
 * The values of a {@link CommunityProfile} fit what its measurement says they are ({@link ValueKind}): counts and
 * rarefied counts are non-negative integers (rarefied samples all sum to the stated depth); proportions lie in
 * [0, 1] and percentages in [0, 100], and each non-empty sample sums to 1 (or 100) within the profile's
 * {@linkplain CommunityProfile#sumTolerance() tolerance}, unless the profile says it is
 * {@linkplain CommunityProfile#filtered() filtered}; CLR values may be any real number.
 *
 * <p>Each violation names the sample ({@code samples[i]}); at most ten samples are reported. {@code null} is
 * considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ConsistentProfileValuesValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ConsistentProfileValues.List.class)
public @interface ConsistentProfileValues {
    /** The message template. */
    String message() default "{org.msbiome.core.microbiome.ConsistentProfileValues.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ConsistentProfileValues} on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /** The constraints. */
        ConsistentProfileValues[] value();
    }
}
