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
 * Checks that an open-label trial masks nobody: a {@link org.msbiome.core.design.MaskingInfo} with masking
 * {@code NONE} ("None (Open Label)" in the ClinicalTrials.gov data dictionary) lists no masked role, and a
 * masked role is listed only with masking other than {@code NONE}. Reported at {@code whoMasked}.
 *
 * <p>The supported type is {@code MaskingInfo}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {org.msbiome.core.design.internal.ConsistentMaskingValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentMasking.List.class)
public @interface ConsistentMasking {

    /** The message template; each rule uses its own key under this annotation's name. */
    String message() default "{org.msbiome.core.design.ConsistentMasking.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ConsistentMasking} annotations on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The annotations. */
        ConsistentMasking[] value();
    }
}
